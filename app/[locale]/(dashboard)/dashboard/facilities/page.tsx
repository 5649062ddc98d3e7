import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  ReferenceListPage,
  type ReferenceListPageProps,
} from "../_reference-items/reference-list-page";

export const generateMetadata = contentMetadata("facility");

/** The places of detention (lib/reference-types says what the list shows). */
export default function FacilitiesPage(props: ReferenceListPageProps) {
  return <ReferenceListPage type="facility" {...props} />;
}
