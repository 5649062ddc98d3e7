import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  ReferenceListPage,
  type ReferenceListPageProps,
} from "../_reference-items/reference-list-page";

export const generateMetadata = contentMetadata("organisation");

/** The recognising organisations (lib/reference-types says what the list shows). */
export default function OrganisationsPage(props: ReferenceListPageProps) {
  return <ReferenceListPage type="organisation" {...props} />;
}
