import "server-only";
import { getTranslations } from "next-intl/server";
import { renderCalendarFeed, type CalendarFeedEvent } from "@/lib/calendar/calendar-feed";
import { getCalendarMonth, type CalendarEntryDto } from "@/lib/calendar/calendar-month";
import { shiftMonth, yearMonthOf } from "@/lib/calendar/year-month";
import type { Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";
import { publicOrigin, publicUrl } from "@/lib/security/public-origin";

/** The feed holds this month and the next ones: enough to post a card in time. */
export const CALENDAR_FEED_MONTHS = 3;

const UID_PREFIX: Record<CalendarEntryDto["kind"], string> = {
  birthday: "birthday",
  detentionYears: "detention-years",
  detentionDays: "detention-days",
};

/** A UID's local part, the same for the same occasion in every fetch and locale. */
function eventKey(entry: CalendarEntryDto): string {
  // A birthday recurs: its year tells them apart; an anniversary is unique by its count.
  const which = entry.kind === "birthday" ? entry.date.slice(0, 4) : String(entry.count);
  return `${UID_PREFIX[entry.kind]}-${entry.prisonerId}-${which}`;
}

/**
 * The calendar's iCalendar feed in one locale (lib/calendar/calendar-feed.ts writes it), from the
 * same cached month reads as the pages; absolute URLs on the site's public origin, never the
 * request's Host.
 */
export async function calendarFeedResponse(locale: Locale, now: Date): Promise<Response> {
  const t = await getTranslations({ locale, namespace: "Calendar" });
  const first = yearMonthOf(now);
  const months = await Promise.all(
    Array.from({ length: CALENDAR_FEED_MONTHS }, (_, index) =>
      getCalendarMonth(shiftMonth(first, index), locale),
    ),
  );
  const events: CalendarFeedEvent[] = months.flatMap((month) =>
    month.entries.map((entry) => {
      const name = entry.name.text;
      const summary =
        entry.kind === "birthday"
          ? t("feedBirthday", { name, age: entry.count })
          : entry.kind === "detentionYears"
            ? t("feedDetentionYears", { name, count: entry.count })
            : t("feedDetentionDays", { name, count: entry.count });
      return {
        key: eventKey(entry),
        date: entry.date,
        summary,
        url: publicUrl(localized(locale, publicRoutes.prisoner(entry.slug))),
      };
    }),
  );
  const body = renderCalendarFeed({
    name: t("feedName"),
    host: new URL(publicOrigin()).hostname,
    generatedAt: now,
    events,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="vigil-calendar.ics"',
      "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
    },
  });
}
