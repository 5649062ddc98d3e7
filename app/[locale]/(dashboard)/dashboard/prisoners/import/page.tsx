import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ImportColumnsHelp } from "@/components/dashboard/import/import-columns-help";
import { ImportWizard } from "@/components/dashboard/import/import-wizard";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";

interface ImportPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: ImportPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Import" });
  return { title: t("metaTitle") };
}

/** CSV import of prisoners: check a file, choose what to do with each row, write it at once. */
export default async function ImportPage({ params }: ImportPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const [t, messages] = await Promise.all([getTranslations("Import"), getMessages()]);
  const allowed = can(actor, "import", { type: "prisoner" });

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p>
          <a
            href={localized(locale, dashboardRoutes.prisonerImportTemplate())}
            download
            className="font-medium text-accent-800 underline underline-offset-2 dark:text-accent-100"
          >
            {t("template")}
          </a>
        </p>
      </PageHeader>
      <div className="flex flex-col gap-12">
        {allowed ? (
          // The wizard renders in the browser too: it gets the strings it shows (row errors come
          // from the shared schema's EditorForm.errors).
          <NextIntlClientProvider
            messages={{ Import: messages.Import, EditorForm: messages.EditorForm }}
          >
            <ImportWizard permalink={localized(locale, dashboardRoutes.prisonerImport())} />
          </NextIntlClientProvider>
        ) : (
          <Alert tone="warning">{t("forbidden")}</Alert>
        )}
        <ImportColumnsHelp />
      </div>
    </>
  );
}
