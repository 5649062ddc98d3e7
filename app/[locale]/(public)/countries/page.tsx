import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryList } from "@/components/country/country-list";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/ui/text-link";
import { listCountriesWithPrisoners } from "@/lib/data/countries";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "CountriesPage" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: localeAlternates(locale, publicRoutes.countries()),
  };
}

export default async function CountriesPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const [t, countries] = await Promise.all([
    getTranslations("CountriesPage"),
    listCountriesWithPrisoners(locale),
  ]);
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p>
          <TextLink href={publicRoutes.statistics()}>{t("statisticsLink")}</TextLink>
        </p>
      </PageHeader>
      {countries.length > 0 ? (
        <CountryList countries={countries} />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">{t("empty")}</p>
      )}
    </Container>
  );
}
