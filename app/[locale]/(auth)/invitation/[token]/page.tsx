import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { LinkProblem } from "@/components/auth/link-problem";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { acceptInvitationAction } from "@/lib/actions/auth/accept-invitation";
import { lookUpInvitation } from "@/lib/auth/invitations";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { authRoutes, localized } from "@/lib/routes";

interface InvitationPageProps {
  params: Promise<{ locale: string; token: string }>;
}

export async function generateMetadata({ params }: InvitationPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Auth.invitation" });
  // The token is in the address: no indexing, no referrer beyond this site.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

export default async function InvitationPage({ params }: InvitationPageProps) {
  const locale = await getPageLocale(params);
  const { token } = await params;
  const [t, tRoles, messages, invitation] = await Promise.all([
    getTranslations("Auth.invitation"),
    getTranslations("DashboardShell.roles"),
    getMessages(),
    lookUpInvitation(token),
  ]);
  return (
    <Container width="prose">
      {invitation.status === "valid" ? (
        <>
          <PageHeader
            title={t("title")}
            lead={t("lead", { role: tRoles(invitation.role), email: invitation.email })}
          />
          <NextIntlClientProvider messages={{ Auth: messages.Auth }}>
            <AcceptInvitationForm
              action={acceptInvitationAction}
              token={token}
              permalink={localized(locale, authRoutes.invitation(token))}
            />
          </NextIntlClientProvider>
        </>
      ) : (
        <>
          <PageHeader title={t("title")} />
          <LinkProblem
            message={t(invitation.status)}
            linkHref={authRoutes.signIn()}
            linkText={t("signInLink")}
          />
        </>
      )}
    </Container>
  );
}
