import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { LinkProblem } from "@/components/auth/link-problem";
import { PasswordResetForm } from "@/components/auth/password-reset-form";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { resetPasswordAction } from "@/lib/actions/auth/password-reset";
import { lookUpResetToken } from "@/lib/auth/password-reset";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { authRoutes, localized } from "@/lib/routes";

interface PasswordResetPageProps {
  params: Promise<{ locale: string; token: string }>;
}

export async function generateMetadata({ params }: PasswordResetPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Auth.reset" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function PasswordResetPage({ params }: PasswordResetPageProps) {
  const locale = await getPageLocale(params);
  const { token } = await params;
  const [t, messages, status] = await Promise.all([
    getTranslations("Auth.reset"),
    getMessages(),
    lookUpResetToken(token),
  ]);
  return (
    <Container width="prose">
      <PageHeader title={t("title")} lead={status === "valid" ? t("lead") : undefined} />
      {status === "valid" ? (
        <NextIntlClientProvider messages={{ Auth: messages.Auth }}>
          <PasswordResetForm
            action={resetPasswordAction}
            token={token}
            permalink={localized(locale, authRoutes.passwordResetToken(token))}
          />
        </NextIntlClientProvider>
      ) : (
        <LinkProblem
          message={t(status)}
          linkHref={authRoutes.passwordReset()}
          linkText={t("requestNewLink")}
        />
      )}
    </Container>
  );
}
