import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import type { ItemEditorPageProps } from "../../_reference-items/item-editor-request";
import { ReferenceItemEditor } from "../../_reference-items/reference-item-editor";

export const generateMetadata = contentMetadata("organisation");

/** One recognising organisation's editor. */
export default function OrganisationPage(props: ItemEditorPageProps) {
  return <ReferenceItemEditor type="organisation" {...props} />;
}
