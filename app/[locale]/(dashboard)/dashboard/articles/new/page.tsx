import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { NewReferenceItemPage } from "../../_reference-items/new-reference-item-page";

export const generateMetadata = contentMetadata("criminalCodeArticle");

/** A new criminal code article. */
export default function NewArticlePage({ params }: { params: Promise<{ locale: string }> }) {
  return <NewReferenceItemPage type="criminalCodeArticle" params={params} />;
}
