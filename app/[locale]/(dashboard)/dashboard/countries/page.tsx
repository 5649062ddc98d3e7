import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  ReferenceListPage,
  type ReferenceListPageProps,
} from "../_reference-items/reference-list-page";

export const generateMetadata = contentMetadata("country");

/** The countries (lib/reference-types says what the list shows). */
export default function CountriesPage(props: ReferenceListPageProps) {
  return <ReferenceListPage type="country" {...props} />;
}
