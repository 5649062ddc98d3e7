import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { LetterSuggestions } from "@/components/write/letter-suggestions";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { getLetterSuggestions } from "@/lib/letters-to-prisoners/letter-suggestions-page";
import { publicRoutes } from "@/lib/routes";
import { CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "WhoNeedsLetter" });
  return {
    title: t("metaTitle"),
    alternates: localeAlternates(locale, publicRoutes.writeSuggestion()),
  };
}

/**
 * "Who needs a letter today": a new draw on every request (the candidates and their figures
 * are cached; the draw is not). "Suggest someone else" is a plain link that leaves out the
 * person just shown, so it works without JavaScript.
 */
export default async function WhoNeedsLetterPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  await connection();
  const query = await searchParams;
  const exclude =
    typeof query.exclude === "string" && CONTENT_SLUG_PATTERN.test(query.exclude)
      ? query.exclude
      : undefined;
  const t = await getTranslations("WhoNeedsLetter");
  const suggestions = await getLetterSuggestions(locale, { exclude, random: Math.random });
  return (
    <Container width="prose" className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <LetterSuggestions suggestions={suggestions} />
      <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("how")}</p>
    </Container>
  );
}
