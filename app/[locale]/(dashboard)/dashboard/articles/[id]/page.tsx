import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleForm } from "@/components/dashboard/content/article-form";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import {
  openItemEditor,
  type ItemEditorPageProps,
} from "@/components/dashboard/content/item-editor-request";
import { ReferenceItemEditor } from "@/components/dashboard/content/reference-item-editor";
import { deleteArticle } from "@/lib/actions/articles/delete-article";
import { updateArticle } from "@/lib/actions/articles/update-article";
import { localizedString } from "@/lib/content/localized";
import { getArticleForEditor } from "@/lib/data/dashboard-articles";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { translationStatus } from "@/lib/validation/localized";

export const generateMetadata = contentMetadata("article");

/** One criminal code article's editor. */
export default async function ArticlePage(props: ItemEditorPageProps) {
  const { locale, actor, id, created } = await openItemEditor(props);
  const [article, countries, t] = await Promise.all([
    getArticleForEditor(actor, id),
    listCountryOptions(actor, locale),
    getTranslations("ContentEditor.article"),
  ]);
  if (!article) notFound();
  const number = article.part
    ? t("labelWithPart", { article: article.article, part: article.part })
    : t("label", { article: article.article });
  const title = localizedString(article.title, locale);
  return (
    <ReferenceItemEditor
      actor={actor}
      type="criminalCodeArticle"
      id={article.id}
      item={article}
      title={title ? `${number}: ${title}` : number}
      translation={translationStatus([article.codeName, article.title])}
      created={created}
      deleteAction={deleteArticle}
    >
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
    </ReferenceItemEditor>
  );
}
