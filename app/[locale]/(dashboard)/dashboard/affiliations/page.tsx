import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  ReferenceListPage,
  type ReferenceListPageProps,
} from "../_reference-items/reference-list-page";

export const generateMetadata = contentMetadata("affiliation");

/** The affiliations (lib/reference-types says what the list shows). */
export default function AffiliationsPage(props: ReferenceListPageProps) {
  return <ReferenceListPage type="affiliation" {...props} />;
}
