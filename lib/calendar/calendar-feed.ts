import ical, { ICalCalendarMethod, ICalEventTransparency } from "ical-generator";

/**
 * The iCalendar feed (RFC 5545) of the calendar, written by `ical-generator`: the well-kept
 * generator of the Node.js ecosystem, with no dependencies of its own; it escapes TEXT values
 * (backslash, semicolon, comma, newline) and folds lines at 75 octets without splitting a UTF-8
 * character, which Cyrillic names need. tests/unit/calendar-feed.test.ts checks both.
 *
 * Events are all-day (DTSTART;VALUE=DATE), one per birthday or anniversary, each with a UID
 * that stays the same across fetches, renames and locales (`birthday-<prisoner id>-<year>`,
 * `detention-years-<id>-<n>`, `detention-days-<id>-<n>`), so that a subscribed calendar updates
 * its events instead of duplicating them.
 */

export interface CalendarFeedEvent {
  /** The UID's local part (before "@host"). */
  key: string;
  /** YYYY-MM-DD. */
  date: string;
  summary: string;
  url: string;
}

export interface CalendarFeed {
  /** The calendar's name (X-WR-CALNAME), in the feed's locale. */
  name: string;
  /** The site's host, the UID's domain part: UIDs are unique worldwide (RFC 5545 3.8.4.7). */
  host: string;
  /** When the feed was made (DTSTAMP of every event). */
  generatedAt: Date;
  events: CalendarFeedEvent[];
}

function dateOnly(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function renderCalendarFeed(feed: CalendarFeed): string {
  const calendar = ical({
    name: feed.name,
    prodId: { company: "Vigil", product: "calendar", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // Calendar apps refetch a subscribed feed; the entries change once a day at most.
    ttl: 60 * 60 * 6,
  });
  for (const event of feed.events) {
    calendar.createEvent({
      id: `${event.key}@${feed.host}`,
      start: dateOnly(event.date),
      allDay: true,
      stamp: feed.generatedAt,
      summary: event.summary,
      url: event.url,
      // A birthday is not time taken: shown as free in scheduling views.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 3.1: every content line ends with CRLF, the last one too (the generator leaves
  // it off, and strict parsers then drop END:VCALENDAR).
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
