import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { TwoFactorEnrolForm } from "@/components/auth/account/two-factor-enrol-form";
import { PageHeader } from "@/components/layout/page-header";
import { confirmTwoFactorAction } from "@/lib/actions/auth/account";
import { requireActor } from "@/lib/auth/session";
import { twoFactorSetup } from "@/lib/auth/two-factor";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";

interface TwoFactorPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: TwoFactorPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Account.twoFactor" });
  return { title: t("heading") };
}

/** Enrolment of an authenticator app; where administrators without one are sent first. */
export default async function TwoFactorPage({ params }: TwoFactorPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale, { allowPendingTwoFactor: true });
  const [setup, t, messages] = await Promise.all([
    twoFactorSetup(actor),
    getTranslations("Account.twoFactor"),
    getMessages(),
  ]);
  return (
    <>
      <PageHeader
        title={t("heading")}
        lead={actor.role === "ADMIN" ? t("adminRequired") : undefined}
      />
      <NextIntlClientProvider
        messages={{
          Account: messages.Account,
          EditorForm: messages.EditorForm,
          StaffAction: messages.StaffAction,
        }}
      >
        <TwoFactorEnrolForm
          action={confirmTwoFactorAction}
          setup={
            setup.status === "pending"
              ? { status: "pending", secret: setup.secret, qrCodeDataUrl: setup.qrCodeDataUrl }
              : { status: "enabled" }
          }
          permalink={localized(locale, dashboardRoutes.twoFactor())}
          continueHref={localized(locale, dashboardRoutes.home())}
        />
      </NextIntlClientProvider>
    </>
  );
}
