import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { safeCallbackPath } from "@/lib/auth/paths";
import { getActor } from "@/lib/auth/session";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { authRoutes, dashboardRoutes, localized, withQuery } from "@/lib/routes";

interface SignInPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{
    callbackUrl?: string | string[];
    signedOut?: string;
    passwordChanged?: string;
  }>;
}

export async function generateMetadata({ params }: SignInPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Auth.signIn" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SignInPage({ params, searchParams }: SignInPageProps) {
  const locale = await getPageLocale(params);
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(
    typeof query.callbackUrl === "string" ? query.callbackUrl : null,
  );
  if (await getActor()) redirect(callbackUrl ?? localized(locale, dashboardRoutes.home()));

  const [t, messages] = await Promise.all([getTranslations("Auth.signIn"), getMessages()]);
  const permalink = localized(locale, withQuery(authRoutes.signIn(), { callbackUrl }));
  return (
    <Container width="prose">
      <PageHeader title={t("title")} lead={t("lead")} />
      <NextIntlClientProvider messages={{ Auth: messages.Auth }}>
        <SignInForm
          action={signInAction}
          locale={locale}
          callbackUrl={callbackUrl}
          permalink={permalink}
          signedOut={query.signedOut === "1"}
          passwordChanged={query.passwordChanged === "1"}
        />
      </NextIntlClientProvider>
    </Container>
  );
}
