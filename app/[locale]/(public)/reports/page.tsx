import { publicationIndexRoute } from "../_publications/publication-pages";

const route = publicationIndexRoute("reports");

export const generateMetadata = route.generateMetadata;
export default route.default;
