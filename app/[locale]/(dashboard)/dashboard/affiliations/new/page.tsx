import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { NewReferenceItemPage } from "../../_reference-items/new-reference-item-page";

export const generateMetadata = contentMetadata("affiliation");

/** A new affiliation. */
export default function NewAffiliationPage({ params }: { params: Promise<{ locale: string }> }) {
  return <NewReferenceItemPage type="affiliation" params={params} />;
}
