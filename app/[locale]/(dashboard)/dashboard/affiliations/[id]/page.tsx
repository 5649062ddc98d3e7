import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import type { ItemEditorPageProps } from "../../_reference-items/item-editor-request";
import { ReferenceItemEditor } from "../../_reference-items/reference-item-editor";

export const generateMetadata = contentMetadata("affiliation");

/** One affiliation's editor. */
export default function AffiliationPage(props: ItemEditorPageProps) {
  return <ReferenceItemEditor type="affiliation" {...props} />;
}
