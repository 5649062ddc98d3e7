import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/account/change-password-form";
import {
  AccountNameForm,
  DisableTwoFactorForm,
  SignOutEverywhereForm,
} from "@/components/auth/account/account-forms";
import { SessionList } from "@/components/auth/account/session-list";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import {
  disableTwoFactorAction,
  signOutEverywhereAction,
  signOutSessionAction,
  updateAccountNameAction,
} from "@/lib/actions/auth/account";
import { changePasswordAction } from "@/lib/actions/auth/change-password";
import { requireActor } from "@/lib/auth/session";
import { listOpenStaffSessions } from "@/lib/auth/staff-sessions";
import { userAgentLabel } from "@/lib/auth/user-agent-label";
import { twoFactorStatus } from "@/lib/auth/two-factor";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";

interface AccountPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: AccountPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("title") };
}

const section = "mb-12 flex max-w-xl flex-col gap-4";
const heading = "text-2xl font-semibold";

/** The signed-in user's own account: name, password, two-step verification, sessions. */
export default async function AccountPage({ params }: AccountPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const [t, tRoles, twoFactor, sessions, format, messages] = await Promise.all([
    getTranslations("Account"),
    getTranslations("DashboardShell.roles"),
    twoFactorStatus(actor),
    listOpenStaffSessions(actor),
    getFormatter(),
    getMessages(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const permalink = localized(locale, dashboardRoutes.account());

  return (
    <NextIntlClientProvider
      messages={{
        Account: messages.Account,
        StaffAction: messages.StaffAction,
        EditorForm: messages.EditorForm,
        DashboardShell: messages.DashboardShell,
      }}
    >
      <PageHeader title={t("title")} />

      <section aria-labelledby="details-heading" className={section}>
        <h2 id="details-heading" className={heading}>
          {t("details.heading")}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t("details.email")}</dt>
          <dd className="break-all">{actor.email}</dd>
          <dt className="font-semibold">{t("details.role")}</dt>
          <dd>{tRoles(actor.role)}</dd>
        </dl>
        <AccountNameForm action={updateAccountNameAction} name={actor.name} permalink={permalink} />
      </section>

      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className={heading}>
          {t("password.heading")}
        </h2>
        <p>{t("password.lead")}</p>
        <ChangePasswordForm
          action={changePasswordAction}
          email={actor.email}
          permalink={permalink}
        />
      </section>

      <section aria-labelledby="two-factor-heading" className={section}>
        <h2 id="two-factor-heading" className={heading}>
          {t("twoFactor.heading")}
        </h2>
        {twoFactor.enabled ? (
          <>
            <p>{t("twoFactor.on")}</p>
            <p>{t("twoFactor.recoveryLeft", { count: twoFactor.recoveryCodesLeft })}</p>
            {actor.role === "ADMIN" ? (
              <p>{t("twoFactor.adminRequired")}</p>
            ) : (
              <>
                <h3 className="text-xl font-semibold">{t("twoFactor.disableHeading")}</h3>
                <p>{t("twoFactor.disableLead")}</p>
                <DisableTwoFactorForm action={disableTwoFactorAction} permalink={permalink} />
              </>
            )}
          </>
        ) : (
          <>
            <p>{t("twoFactor.off")}</p>
            <div>
              <Button href={dashboardRoutes.twoFactor()}>{t("twoFactor.setUpHeading")}</Button>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="sessions-heading" className={section}>
        <h2 id="sessions-heading" className={heading}>
          {t("sessions.heading")}
        </h2>
        <p>{t("sessions.listLead")}</p>
        <SessionList
          action={signOutSessionAction}
          permalink={permalink}
          sessions={sessions.map((session) => {
            const agent = userAgentLabel(session.userAgent);
            return {
              id: session.id,
              browser:
                agent.browser && agent.system
                  ? t("sessions.browserOn", { browser: agent.browser, system: agent.system })
                  : (agent.browser ?? agent.system ?? agent.raw ?? t("sessions.unknown")),
              address: session.ip ?? t("sessions.unknown"),
              lastSeen: date(session.lastSeenAt),
              signedInAt: date(session.createdAt),
              current: session.current,
            };
          })}
        />
        <p>{t("sessions.lead")}</p>
        <SignOutEverywhereForm action={signOutEverywhereAction} permalink={permalink} />
      </section>
    </NextIntlClientProvider>
  );
}
