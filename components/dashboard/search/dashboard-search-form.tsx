import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";

interface DashboardSearchFormProps {
  locale: Locale;
  /** The text searched for, when the search page renders the form with its results. */
  defaultValue?: string;
  className?: string;
  /** Distinct ids when a page shows a second form (the search page's own). */
  idPrefix?: string;
  /** The search landmark's name, when the page holds a second one beside the header's. */
  landmarkLabel?: string;
}

/**
 * A GET form to the dashboard search page: bookmarkable, works without JavaScript, and the
 * browser's back button returns to the results.
 */
export async function DashboardSearchForm({
  locale,
  defaultValue,
  className,
  idPrefix = "dashboard-search",
  landmarkLabel,
}: DashboardSearchFormProps) {
  const t = await getTranslations("DashboardFrame");
  const inputId = `${idPrefix}-q`;
  return (
    <form
      method="get"
      role="search"
      aria-label={landmarkLabel ?? t("searchLabel")}
      action={localized(locale, dashboardRoutes.search())}
      className={className}
    >
      <label htmlFor={inputId} className="sr-only">
        {t("searchLabel")}
      </label>
      <div className="flex max-w-xl gap-2">
        <input
          id={inputId}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          placeholder={t("searchLabel")}
          className="field-control min-w-0 flex-1"
        />
        <Button type="submit" variant="secondary">
          {t("searchButton")}
        </Button>
      </div>
    </form>
  );
}
