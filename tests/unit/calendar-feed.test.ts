import { describe, expect, it } from "vitest";
import { renderCalendarFeed, type CalendarFeed } from "@/lib/calendar/calendar-feed";

const feed: CalendarFeed = {
  name: "Vigil: дни рождения и годовщины",
  host: "vigil.example",
  generatedAt: new Date("2026-12-06T10:00:00Z"),
  events: [
    {
      key: "birthday-p1-2026",
      date: "2026-12-24",
      summary: 'День рождения: Мухтар Джакишев; Alias, "Zhakishev"\\ (исполняется 63 года)',
      url: "https://vigil.example/ru/prisoners/mukhtar-dzhakishev",
    },
    {
      key: "detention-days-p2-2000",
      date: "2026-12-06",
      summary: "Ann Example: 2,000 days in detention",
      url: "https://vigil.example/en/prisoners/ann-example",
    },
  ],
};

/** RFC 5545 3.1: unfolding removes every CRLF followed by one space or tab. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, "");
}

describe("the calendar's iCalendar feed", () => {
  const text = renderCalendarFeed(feed);
  const lines = text.split("\r\n");

  it("is one VCALENDAR of CRLF-terminated lines, with one VEVENT per date", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.filter((line) => line === "END:VEVENT")).toHaveLength(2);
    expect(lines).toContain("PRODID:-//Vigil//calendar//EN");
  });

  it("gives each event a stable UID on the site's host, an all-day date and a stamp", () => {
    const unfolded = unfold(text).split("\r\n");
    expect(unfolded).toContain("UID:birthday-p1-2026@vigil.example");
    expect(unfolded).toContain("UID:detention-days-p2-2000@vigil.example");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20261224");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20261206");
    expect(unfolded.filter((line) => line === "DTSTAMP:20261206T100000Z")).toHaveLength(2);
    // The same input gives the same text: a refetch changes nothing.
    expect(renderCalendarFeed(feed)).toBe(text);
  });

  it("folds every line at 75 octets without splitting a UTF-8 character", () => {
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      // A split character would show up as U+FFFD once the line's bytes are decoded alone.
      expect(Buffer.from(line, "utf8").toString("utf8")).not.toContain("\uFFFD");
    }
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
  });

  it("escapes backslashes, semicolons and commas in text", () => {
    const summary = unfold(text)
      .split("\r\n")
      .find((line) => line.startsWith("SUMMARY:День"));
    expect(summary).toBe(
      'SUMMARY:День рождения: Мухтар Джакишев\\; Alias\\, "Zhakishev"\\\\ (исполняется 63 года)',
    );
    expect(unfold(text)).toContain("SUMMARY:Ann Example: 2\\,000 days in detention");
  });

  it("escapes a newline in text as \\n", () => {
    const withNewline = renderCalendarFeed({
      ...feed,
      events: [{ ...feed.events[1]!, summary: "line one\nline two" }],
    });
    expect(unfold(withNewline)).toContain("SUMMARY:line one\\nline two");
  });
});
