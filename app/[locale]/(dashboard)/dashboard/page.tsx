import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/lib/auth/session";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";

interface DashboardHomeProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: DashboardHomeProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DashboardShell.home" });
  return { title: t("title") };
}

/** A placeholder home; the "needs attention" overview replaces it. */
export default async function DashboardHomePage({ params }: DashboardHomeProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const t = await getTranslations("DashboardShell.home");
  return (
    <PageHeader title={t("title")} lead={t("lead")}>
      <p>{t("welcome", { name: actor.name })}</p>
    </PageHeader>
  );
}
