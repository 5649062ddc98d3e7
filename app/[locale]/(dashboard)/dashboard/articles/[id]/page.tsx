import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleForm } from "@/components/dashboard/content/article-form";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { historyPath } from "@/components/dashboard/history/content-paths";
import { deleteArticle } from "@/lib/actions/articles/delete-article";
import { updateArticle } from "@/lib/actions/articles/update-article";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { localizedString } from "@/lib/content/localized";
import { getArticleForEditor } from "@/lib/data/dashboard-articles";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { translationStatus } from "@/lib/validation/localized";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface ArticlePageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("article");

/** One criminal code article's editor. */
export default async function ArticlePage({ params, searchParams }: ArticlePageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const [article, countries, t] = await Promise.all([
    getArticleForEditor(actor, id),
    listCountryOptions(actor, locale),
    getTranslations("ContentEditor.article"),
  ]);
  if (!article) notFound();
  const query = parseContentListQuery(await searchParams);
  const number = article.part
    ? t("labelWithPart", { article: article.article, part: article.part })
    : t("label", { article: article.article });
  const title = localizedString(article.title, locale);
  return (
    <ContentClientMessages>
      <ItemHeader
        title={title ? `${number}: ${title}` : number}
        backHref="/dashboard/articles"
        version={article.version}
        updatedAt={article.updatedAt}
        translation={translationStatus([article.codeName, article.title])}
        historyHref={historyPath("criminalCodeArticle", article.id)}
        created={Boolean(query.created)}
        readOnly={!can(actor, "update", { type: "criminalCodeArticle" })}
      />
      <ArticleForm
        action={updateArticle}
        initialValues={{
          countryCode: article.countryCode,
          code: article.code,
          article: article.article,
          part: article.part,
          ...localizedValues("codeName", article.codeName),
          ...localizedValues("title", article.title),
        }}
        countries={countrySelectOptions(countries)}
        id={article.id}
        version={article.version}
      />
      <DeleteSection
        actor={actor}
        type="criminalCodeArticle"
        usage={article.usage}
        action={deleteArticle}
        id={article.id}
        version={article.version}
      />
    </ContentClientMessages>
  );
}
