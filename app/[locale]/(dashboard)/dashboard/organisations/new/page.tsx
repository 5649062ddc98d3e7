import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { NewReferenceItemPage } from "../../_reference-items/new-reference-item-page";

export const generateMetadata = contentMetadata("organisation");

/** A new recognising organisation. */
export default function NewOrganisationPage({ params }: { params: Promise<{ locale: string }> }) {
  return <NewReferenceItemPage type="organisation" params={params} />;
}
