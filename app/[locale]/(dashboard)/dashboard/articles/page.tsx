import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  ReferenceListPage,
  type ReferenceListPageProps,
} from "../_reference-items/reference-list-page";

export const generateMetadata = contentMetadata("criminalCodeArticle");

/** The criminal code articles (lib/reference-types says what the list shows). */
export default function ArticlesPage(props: ReferenceListPageProps) {
  return <ReferenceListPage type="criminalCodeArticle" {...props} />;
}
