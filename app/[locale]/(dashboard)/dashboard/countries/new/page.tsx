import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { NewReferenceItemPage } from "../../_reference-items/new-reference-item-page";

export const generateMetadata = contentMetadata("country");

/** A new country. */
export default function NewCountryPage({ params }: { params: Promise<{ locale: string }> }) {
  return <NewReferenceItemPage type="country" params={params} />;
}
