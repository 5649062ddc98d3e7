import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignatoryTable } from "@/components/dashboard/letter/signatory-table";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listNotableSignatories } from "@/lib/data/signatories";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { parseLetterListQuery } from "@/lib/validation/letter";
import { dashboardRoutes } from "@/lib/routes";

interface SignatoriesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: SignatoriesPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Signatories" });
  return { title: t("title") };
}

/** Every letter's notable signatories, with their verification. */
export default async function SignatoriesPage({ params, searchParams }: SignatoriesPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseLetterListQuery(await searchParams);
  const [t, signatories] = await Promise.all([
    getTranslations("Signatories"),
    listNotableSignatories(actor, locale),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")}>
        <p>{t("lead")}</p>
      </PageHeader>
      {query.deleted ? (
        <Alert tone="success" announce>
          {t("deleted")}
        </Alert>
      ) : null}
      {can(actor, "create", { type: "notableSignatory" }) ? (
        <p>
          <TextLink href={dashboardRoutes.create("notableSignatory")}>{t("new")}</TextLink>
        </p>
      ) : null}
      <SignatoryTable signatories={signatories} locale={locale} showLetter />
    </div>
  );
}
