import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { DashboardHome } from "@/components/dashboard/home/dashboard-home";
import { MailOutboxPanel } from "@/components/dashboard/mail/mail-outbox-panel";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { getDashboardAttention } from "@/lib/data/attention";
import { getMailOutboxState } from "@/lib/data/mail-outbox-state";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";

interface DashboardHomeProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: DashboardHomeProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DashboardHome" });
  return { title: t("metaTitle") };
}

/** The dashboard home: what needs the signed-in person's attention (lib/data/attention.ts). */
export default async function DashboardHomePage({ params }: DashboardHomeProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const [t, attention, mailOutbox] = await Promise.all([
    getTranslations("DashboardHome"),
    getDashboardAttention(actor, locale),
    // The outbox panel: administrators only.
    can(actor, "view", { type: "mailOutbox" }) ? getMailOutboxState(actor) : null,
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {mailOutbox ? (
        <div className="mb-6">
          <MailOutboxPanel state={mailOutbox} />
        </div>
      ) : null}
      <DashboardHome attention={attention} />
    </>
  );
}
