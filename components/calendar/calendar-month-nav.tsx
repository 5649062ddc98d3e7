import { getFormatter, getTranslations } from "next-intl/server";
import type { YearMonth } from "@/lib/calendar/anniversaries";
import { formatYearMonth, isServedMonth, shiftMonth } from "@/lib/calendar/year-month";
import { Link } from "@/lib/i18n/navigation";
import { publicRoutes } from "@/lib/routes";

const linkClass =
  "font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-200 inline-block py-2";

/** Previous and next month: plain links, so they work without JavaScript. */
export async function CalendarMonthNav({ month }: { month: YearMonth }) {
  const [t, format] = await Promise.all([getTranslations("Calendar"), getFormatter()]);
  const name = (target: YearMonth) =>
    format.dateTime(new Date(Date.UTC(target.year, target.month - 1, 1)), {
      month: "long",
      year: "numeric",
    });
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <nav aria-label={t("monthNav")} className="mb-6">
      <ul className="flex flex-wrap justify-between gap-4">
        <li>
          {isServedMonth(previous) ? (
            <Link
              href={publicRoutes.calendarMonth(formatYearMonth(previous))}
              className={linkClass}
              prefetch={false}
            >
              <span aria-hidden="true">← </span>
              {t("previousMonth", { month: name(previous) })}
            </Link>
          ) : null}
        </li>
        <li>
          <Link href={publicRoutes.calendar()} className={linkClass} prefetch={false}>
            {t("thisMonth")}
          </Link>
        </li>
        <li>
          {isServedMonth(next) ? (
            <Link
              href={publicRoutes.calendarMonth(formatYearMonth(next))}
              className={linkClass}
              prefetch={false}
            >
              {t("nextMonth", { month: name(next) })}
              <span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
