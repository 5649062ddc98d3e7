import { notFound } from "next/navigation";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  openItemEditor,
  type ItemEditorPageProps,
} from "@/components/dashboard/content/item-editor-request";
import { ReferenceItemEditor } from "@/components/dashboard/content/reference-item-editor";
import { TagForm } from "@/components/dashboard/content/tag-form";
import { deleteTag } from "@/lib/actions/tags/delete-tag";
import { updateTag } from "@/lib/actions/tags/update-tag";
import { localizedString } from "@/lib/content/localized";
import { getTagForEditor } from "@/lib/data/dashboard-tags";
import { translationStatus } from "@/lib/validation/localized";

export const generateMetadata = contentMetadata("tag");

/** One tag's editor. */
export default async function TagPage(props: ItemEditorPageProps) {
  const { locale, actor, id, created } = await openItemEditor(props);
  const tag = await getTagForEditor(actor, id);
  if (!tag) notFound();
  return (
    <ReferenceItemEditor
      actor={actor}
      type="tag"
      id={tag.id}
      item={tag}
      title={localizedString(tag.name, locale) || tag.slug}
      translation={translationStatus([tag.name])}
      created={created}
      deleteAction={deleteTag}
    >
      <TagForm
        action={updateTag}
        initialValues={{ slug: tag.slug, ...localizedValues("name", tag.name) }}
        id={tag.id}
        version={tag.version}
      />
    </ReferenceItemEditor>
  );
}
