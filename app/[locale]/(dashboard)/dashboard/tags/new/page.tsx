import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { NewReferenceItemPage } from "../../_reference-items/new-reference-item-page";

export const generateMetadata = contentMetadata("tag");

/** A new tag. */
export default function NewTagPage({ params }: { params: Promise<{ locale: string }> }) {
  return <NewReferenceItemPage type="tag" params={params} />;
}
