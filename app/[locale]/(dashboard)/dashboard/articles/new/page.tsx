import { getTranslations } from "next-intl/server";
import { ArticleForm } from "@/components/dashboard/content/article-form";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { createArticle } from "@/lib/actions/articles/create-article";
import { authorize, requireActor } from "@/lib/auth/session";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getPageLocale } from "@/lib/i18n/page-locale";

export const generateMetadata = contentMetadata("article");

/** A new criminal code article. */
export default async function NewArticlePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "criminalCodeArticle" });
  const [t, countries] = await Promise.all([
    getTranslations("ContentEditor"),
    listCountryOptions(actor, locale),
  ]);
  return (
    <ContentClientMessages>
      <ItemHeader title={t("article.new")} backHref="/dashboard/articles" />
      <ArticleForm
        action={createArticle}
        initialValues={{}}
        countries={countrySelectOptions(countries)}
      />
    </ContentClientMessages>
  );
}
