import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DashboardBreadcrumbs } from "@/components/dashboard/breadcrumbs/dashboard-breadcrumbs";
import { breadcrumbLabels } from "@/components/dashboard/breadcrumbs/breadcrumb-labels";
import { dashboardNavFor } from "@/components/dashboard/nav-items";
import { DashboardHeader } from "@/components/dashboard/shell/dashboard-header";
import { DashboardSidebar } from "@/components/dashboard/shell/dashboard-sidebar";
import { Alert } from "@/components/ui/alert";
import type { SessionActor } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";

interface DashboardShellProps {
  actor: SessionActor;
  locale: Locale;
  children: ReactNode;
}

/**
 * The frame of every dashboard page, instead of the public site's: a header across the top (the
 * organisation, search, the person, sign-out), the menu on the left from `lg` up (a disclosure
 * above the page on narrow screens), and the page beside it, opened by its breadcrumbs.
 *
 * Reading and focus order follow the visual order: skip link, header, menu, breadcrumbs, page.
 * The skip link lands on <main>, past the header and the menu.
 */
export async function DashboardShell({ actor, locale, children }: DashboardShellProps) {
  const t = await getTranslations("DashboardShell");
  // An administrator who must enrol an authenticator app sees no menu until they have.
  const items = actor.needsTwoFactorEnrolment ? [] : dashboardNavFor(actor);
  const labels = await breadcrumbLabels();
  return (
    <>
      <DashboardHeader actor={actor} locale={locale} showSearch={items.length > 0} />
      <div className="flex w-full flex-1 flex-col lg:flex-row">
        {items.length > 0 ? (
          <DashboardSidebar
            items={items.map((item) => ({
              href: item.href,
              exact: item.exact,
              label: t(`nav.${item.label}`),
            }))}
          />
        ) : null}
        <main
          id="main-content"
          tabIndex={-1}
          className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8 lg:py-8"
        >
          {/* An item's page renders its own trail, with the item's name (item-breadcrumbs.tsx). */}
          <DashboardBreadcrumbs labels={labels} />
          {actor.needsTwoFactorEnrolment ? (
            <Alert tone="warning" className="mb-6">
              {t("enrolFirst")}
            </Alert>
          ) : null}
          {children}
        </main>
      </div>
    </>
  );
}
