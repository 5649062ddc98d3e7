import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { NewReferenceItemPage } from "../../_reference-items/new-reference-item-page";

export const generateMetadata = contentMetadata("facility");

/** A new place of detention. */
export default function NewFacilityPage({ params }: { params: Promise<{ locale: string }> }) {
  return <NewReferenceItemPage type="facility" params={params} />;
}
