import { notFound } from "next/navigation";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { TagForm } from "@/components/dashboard/content/tag-form";
import { historyPath } from "@/components/dashboard/history/content-paths";
import { deleteTag } from "@/lib/actions/tags/delete-tag";
import { updateTag } from "@/lib/actions/tags/update-tag";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { localizedString } from "@/lib/content/localized";
import { getTagForEditor } from "@/lib/data/dashboard-tags";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { translationStatus } from "@/lib/validation/localized";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface TagPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("tag");

/** One tag's editor. */
export default async function TagPage({ params, searchParams }: TagPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const tag = await getTagForEditor(actor, id);
  if (!tag) notFound();
  const query = parseContentListQuery(await searchParams);
  return (
    <ContentClientMessages>
      <ItemHeader
        title={localizedString(tag.name, locale) || tag.slug}
        backHref="/dashboard/tags"
        version={tag.version}
        updatedAt={tag.updatedAt}
        translation={translationStatus([tag.name])}
        historyHref={historyPath("tag", tag.id)}
        created={Boolean(query.created)}
        readOnly={!can(actor, "update", { type: "tag" })}
      />
      <TagForm
        action={updateTag}
        initialValues={{ slug: tag.slug, ...localizedValues("name", tag.name) }}
        id={tag.id}
        version={tag.version}
      />
      <DeleteSection
        actor={actor}
        type="tag"
        usage={tag.usage}
        action={deleteTag}
        id={tag.id}
        version={tag.version}
      />
    </ContentClientMessages>
  );
}
