import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ConfirmIdentityForm } from "@/components/auth/confirm-identity-form";
import { PageHeader } from "@/components/layout/page-header";
import { confirmIdentityAction } from "@/lib/actions/auth/confirm-identity";
import { confirmPagePath, safeCallbackPath } from "@/lib/auth/paths";
import { requireActor } from "@/lib/auth/session";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";

interface ConfirmPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}

export async function generateMetadata({ params }: ConfirmPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Auth.confirm" });
  return { title: t("title") };
}

/**
 * "Confirm it is you": where a sensitive request (an export of personal data) sends a session
 * whose last password confirmation is too old (lib/auth/recent-confirmation.ts).
 */
export default async function ConfirmPage({ params, searchParams }: ConfirmPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const requestedNext = (await searchParams).next;
  const next = safeCallbackPath(typeof requestedNext === "string" ? requestedNext : null);
  const [t, messages] = await Promise.all([getTranslations("Auth.confirm"), getMessages()]);
  const lead = actor.twoFactorEnabled ? t("leadWithCode") : t("lead");

  return (
    <>
      <PageHeader title={t("title")} lead={lead} />
      <div className="max-w-xl">
        <NextIntlClientProvider
          messages={{
            Auth: messages.Auth,
            StaffAction: messages.StaffAction,
            EditorForm: messages.EditorForm,
            DashboardShell: messages.DashboardShell,
          }}
        >
          <ConfirmIdentityForm
            action={confirmIdentityAction}
            email={actor.email}
            next={next}
            needsCode={actor.twoFactorEnabled}
            permalink={confirmPagePath(locale, next)}
          />
        </NextIntlClientProvider>
      </div>
    </>
  );
}
