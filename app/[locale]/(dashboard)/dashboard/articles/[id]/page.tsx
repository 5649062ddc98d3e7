import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import type { ItemEditorPageProps } from "../../_reference-items/item-editor-request";
import { ReferenceItemEditor } from "../../_reference-items/reference-item-editor";

export const generateMetadata = contentMetadata("criminalCodeArticle");

/** One criminal code article's editor. */
export default function ArticlePage(props: ItemEditorPageProps) {
  return <ReferenceItemEditor type="criminalCodeArticle" {...props} />;
}
