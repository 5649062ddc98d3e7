import { hasLocale } from "next-intl";
import { calendarFeedResponse } from "@/lib/calendar/calendar-feed-response";
import { routing } from "@/lib/i18n/routing";

/** The calendar's iCalendar feed: /en/calendar/feed.ics (this month and the next two). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  return calendarFeedResponse(locale, new Date());
}
