import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import type { ItemEditorPageProps } from "../../_reference-items/item-editor-request";
import { ReferenceItemEditor } from "../../_reference-items/reference-item-editor";

export const generateMetadata = contentMetadata("facility");

/** One place of detention's editor. */
export default function FacilityPage(props: ItemEditorPageProps) {
  return <ReferenceItemEditor type="facility" {...props} />;
}
