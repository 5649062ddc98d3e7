import { getTranslations } from "next-intl/server";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { TagForm } from "@/components/dashboard/content/tag-form";
import { createTag } from "@/lib/actions/tags/create-tag";
import { authorize, requireActor } from "@/lib/auth/session";
import { getPageLocale } from "@/lib/i18n/page-locale";

export const generateMetadata = contentMetadata("tag");

/** A new tag. */
export default async function NewTagPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "tag" });
  const t = await getTranslations("ContentEditor");
  return (
    <ContentClientMessages>
      <ItemHeader title={t("tag.new")} backHref="/dashboard/tags" />
      <TagForm action={createTag} initialValues={{}} />
    </ContentClientMessages>
  );
}
