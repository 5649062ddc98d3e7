import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { dashboardNavFor } from "@/components/dashboard/nav-items";
import { DashboardNavLink } from "@/components/dashboard/shell/dashboard-nav-link";
import { SignOutButton } from "@/components/dashboard/shell/sign-out-button";
import { Alert } from "@/components/ui/alert";
import type { SessionActor } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";

interface DashboardShellProps {
  actor: SessionActor;
  locale: Locale;
  children: ReactNode;
}

/**
 * The frame of every dashboard page: who is signed in, the sections their role may use, sign-out,
 * and the page. The public site header stays above it.
 */
export async function DashboardShell({ actor, locale, children }: DashboardShellProps) {
  const t = await getTranslations("DashboardShell");
  // An administrator who must enrol an authenticator app sees no menu until they have.
  const items = actor.needsTwoFactorEnrolment ? [] : dashboardNavFor(actor);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row lg:gap-10 lg:py-10">
      <aside className="flex flex-col gap-4 lg:w-64 lg:shrink-0">
        <div className="rounded-md border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-950">
          <p className="font-semibold text-slate-900 dark:text-slate-50">
            {t("signedInAs", { name: actor.name })}
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t(`roles.${actor.role}`)}</p>
          <div className="mt-3">
            <SignOutButton locale={locale} />
          </div>
        </div>
        {items.length > 0 ? (
          <nav aria-label={t("navLabel")}>
            <ul className="flex flex-col gap-1">
              {items.map((item) => (
                <li key={item.href}>
                  <DashboardNavLink href={item.href} exact={item.exact}>
                    {t(`nav.${item.label}`)}
                  </DashboardNavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </aside>
      <div className="min-w-0 flex-1">
        {actor.needsTwoFactorEnrolment ? (
          <Alert tone="warning" className="mb-6">
            {t("enrolFirst")}
          </Alert>
        ) : null}
        {children}
      </div>
    </div>
  );
}
