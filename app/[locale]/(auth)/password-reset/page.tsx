import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PasswordResetRequestForm } from "@/components/auth/password-reset-request-form";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { requestPasswordResetAction } from "@/lib/actions/auth/password-reset";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { authRoutes, localized } from "@/lib/routes";

interface PasswordResetRequestPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({
  params,
}: PasswordResetRequestPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Auth.reset" });
  return { title: t("requestTitle"), robots: { index: false, follow: false } };
}

export default async function PasswordResetRequestPage({ params }: PasswordResetRequestPageProps) {
  const locale = await getPageLocale(params);
  const [t, messages] = await Promise.all([getTranslations("Auth.reset"), getMessages()]);
  return (
    <Container width="prose">
      <PageHeader title={t("requestTitle")} lead={t("requestLead")} />
      <NextIntlClientProvider messages={{ Auth: messages.Auth }}>
        <PasswordResetRequestForm
          action={requestPasswordResetAction}
          locale={locale}
          permalink={localized(locale, authRoutes.passwordReset())}
        />
      </NextIntlClientProvider>
    </Container>
  );
}
