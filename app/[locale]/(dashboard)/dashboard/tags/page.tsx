import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  ReferenceListPage,
  type ReferenceListPageProps,
} from "../_reference-items/reference-list-page";

export const generateMetadata = contentMetadata("tag");

/** The tags (lib/reference-types says what the list shows). */
export default function TagsPage(props: ReferenceListPageProps) {
  return <ReferenceListPage type="tag" {...props} />;
}
