import { publicationDetailRoute } from "../../_publications/publication-pages";

const route = publicationDetailRoute("news");

export const generateMetadata = route.generateMetadata;
export const generateStaticParams = route.generateStaticParams;
export default route.default;
