/**
 * The sections publications live in, re-exported for components: the definitions belong to the
 * data layer, which the feeds and the sitemap share.
 */
export {
  publicationPath,
  publicationSections,
  type PublicationSection,
} from "@/lib/data/publications";
