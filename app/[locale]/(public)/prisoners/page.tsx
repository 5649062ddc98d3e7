import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { PrisonerList } from "@/components/prisoner/prisoner-list";
import { listPublishedPrisoners } from "@/lib/data/prisoners";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Prisoners" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: localeAlternates(locale, "/prisoners"),
  };
}

/** `?page=` as a positive integer; anything else is a 404 rather than a silent first page. */
function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

export default async function PrisonersPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();

  const [t, result] = await Promise.all([
    getTranslations("Prisoners"),
    listPublishedPrisoners(locale, page),
  ]);
  if (page > result.pageCount) notFound();

  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="text-slate-700 dark:text-slate-300">{t("count", { count: result.total })}</p>
      </PageHeader>
      {result.items.length > 0 ? (
        <PrisonerList prisoners={result.items} />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">{t("empty")}</p>
      )}
      <Pagination basePath="/prisoners" page={result.page} pageCount={result.pageCount} />
    </Container>
  );
}
