import { getTranslations } from "next-intl/server";
import { DashboardSearchForm } from "@/components/dashboard/search/dashboard-search-form";
import { SignOutButton } from "@/components/dashboard/shell/sign-out-button";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import type { SessionActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { dashboardRoutes, publicRoutes } from "@/lib/routes";

interface DashboardHeaderProps {
  actor: SessionActor;
  locale: Locale;
  /** False while an administrator must still enrol two-step verification (no page is open yet). */
  showSearch: boolean;
}

const headerLink =
  "inline-flex min-h-11 items-center rounded-sm underline-offset-4 hover:underline";

/**
 * The dashboard's own banner: the organisation (home of the dashboard), the public site, a search
 * across content, the language, and who is signed in with their sign-out. Nothing here is
 * prefetched: each link is a page rendered from the database per request.
 */
export async function DashboardHeader({ actor, locale, showSearch }: DashboardHeaderProps) {
  const [t, tShell, tSite, tLayout] = await Promise.all([
    getTranslations("DashboardFrame"),
    getTranslations("DashboardShell"),
    getTranslations("Site"),
    getTranslations("Layout"),
  ]);
  return (
    <header className="border-b border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6 lg:px-8">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <Link
            href={dashboardRoutes.home()}
            prefetch={false}
            className={`${headerLink} text-xl font-bold tracking-tight text-accent-800 dark:text-accent-200`}
          >
            {t("homeLink", { name: tSite("name") })}
          </Link>
          <Link
            href={publicRoutes.home()}
            prefetch={false}
            className={`${headerLink} text-sm text-accent-800 underline dark:text-accent-200`}
          >
            {t("viewPublicSite")}
          </Link>
        </div>
        {showSearch ? (
          <DashboardSearchForm locale={locale} className="min-w-0 flex-1 basis-64" />
        ) : null}
        <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2">
          <LocaleSwitcher label={tLayout("languageNav")} />
          <p className="flex flex-col text-sm leading-tight">
            <Link
              href={dashboardRoutes.account()}
              prefetch={false}
              aria-label={t("accountLink", { name: actor.name })}
              className={`${headerLink} min-h-6 font-semibold text-slate-900 dark:text-slate-50`}
            >
              {actor.name}
            </Link>
            <span className="text-slate-700 dark:text-slate-300">
              {tShell(`roles.${actor.role}`)}
            </span>
          </p>
          <SignOutButton locale={locale} />
        </div>
      </div>
    </header>
  );
}
