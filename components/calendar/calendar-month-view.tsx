import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { CalendarMonthNav } from "@/components/calendar/calendar-month-nav";
import { CalendarOccasion } from "@/components/calendar/calendar-occasion";
import { langOf } from "@/components/ui/localized";
import type { CalendarMonthDto } from "@/lib/calendar/calendar-month";
import { CALENDAR_KIND_LIMIT } from "@/lib/calendar/year-month";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";

const cellClass = "border-b border-slate-200 px-3 py-2 align-top dark:border-slate-700";

/**
 * One month of the calendar as a table (date, person, occasion): a list read in order by screen
 * readers, with a caption naming the month. The month grid of a wall calendar is left out on
 * purpose: most days are empty, and a grid is hard to follow without sight.
 */
export async function CalendarMonthView({ calendar }: { calendar: CalendarMonthDto }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("Calendar"),
    getFormatter(),
    getLocale(),
  ]);
  const { month } = calendar;
  const monthName = format.dateTime(new Date(Date.UTC(month.year, month.month - 1, 1)), {
    month: "long",
    year: "numeric",
  });
  const dayName = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), { day: "numeric", month: "long" });
  return (
    <Container width="prose">
      <PageHeader title={t("title")} lead={t("lead")} />
      <CalendarMonthNav month={month} />
      <h2 className="mb-4 text-2xl font-semibold text-slate-900 capitalize dark:text-slate-50">
        {t("monthHeading", { month: monthName })}
      </h2>
      {calendar.entries.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{t("empty", { month: monthName })}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("tableCaption", { month: monthName })}</caption>
          <thead>
            <tr>
              <th scope="col" className={cellClass}>
                {t("dateColumn")}
              </th>
              <th scope="col" className={cellClass}>
                {t("personColumn")}
              </th>
              <th scope="col" className={cellClass}>
                {t("occasionColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {calendar.entries.map((entry) => (
              <tr key={`${entry.kind}-${entry.prisonerId}-${entry.count}`}>
                <td className={`${cellClass} whitespace-nowrap`}>
                  <time dateTime={entry.date}>{dayName(entry.date)}</time>
                </td>
                <th scope="row" className={`${cellClass} font-normal`}>
                  <Link
                    href={publicRoutes.prisoner(entry.slug)}
                    lang={langOf(entry.name)}
                    className="font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-200"
                    prefetch={false}
                  >
                    {entry.name.text}
                  </Link>
                </th>
                <td className={cellClass}>
                  <CalendarOccasion entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {calendar.truncated ? (
        <p className="mt-4 text-slate-700 dark:text-slate-300">
          {t("truncated", { limit: CALENDAR_KIND_LIMIT })}
        </p>
      ) : null}
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">{t("privacyNote")}</p>
      <section aria-labelledby="calendar-feed-heading" className="mt-10 flex flex-col gap-2">
        <h2
          id="calendar-feed-heading"
          className="text-xl font-semibold text-slate-900 dark:text-slate-50"
        >
          {t("feedHeading")}
        </h2>
        <p className="text-slate-700 dark:text-slate-300">{t("feedText")}</p>
        <p>
          {/* A file, not a page: a plain link (no client-side navigation, no prefetch). */}
          <a
            href={localized(locale as Locale, publicRoutes.calendarFeed())}
            type="text/calendar"
            className="font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-200"
          >
            {t("feedLink")}
          </a>
        </p>
      </section>
    </Container>
  );
}
