import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import type { ItemEditorPageProps } from "../../_reference-items/item-editor-request";
import { ReferenceItemEditor } from "../../_reference-items/reference-item-editor";

export const generateMetadata = contentMetadata("country");

/** One country's editor (its address is its code). */
export default function CountryPage(props: ItemEditorPageProps) {
  return <ReferenceItemEditor type="country" {...props} />;
}
