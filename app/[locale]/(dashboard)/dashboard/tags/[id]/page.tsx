import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import type { ItemEditorPageProps } from "../../_reference-items/item-editor-request";
import { ReferenceItemEditor } from "../../_reference-items/reference-item-editor";

export const generateMetadata = contentMetadata("tag");

/** One tag's editor. */
export default function TagPage(props: ItemEditorPageProps) {
  return <ReferenceItemEditor type="tag" {...props} />;
}
