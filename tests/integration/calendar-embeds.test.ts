import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getLetterEmbed } from "@/app/[locale]/embed/letter/[slug]/route";
import { GET as getPrisonerEmbed } from "@/app/[locale]/embed/prisoner/[slug]/route";
import { GET as getCalendarFeed } from "@/app/[locale]/(public)/calendar/feed.ics/route";
import { getCalendarMonth } from "@/lib/calendar/calendar-month";
import { prisma } from "@/lib/db";
import { ensureCountry } from "../fixtures/countries";
import { insertPetition } from "../fixtures/petitions";
import { insertPrisoner } from "../fixtures/prisoners";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

// Outside a Next.js request next-intl has no request config: translators from the messages.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/messages");
  return {
    getTranslations: async (options: { locale: "en" | "ru"; namespace: string }) =>
      createTranslator({
        locale: options.locale,
        messages: (await loadMessages(options.locale)) as never,
        namespace: options.namespace as never,
      }),
  };
});

/**
 * The calendar (issue 19 part 3) and the embeds (part 6) as the server answers them: who is in a
 * month and who never is (a withheld birth date, a start known only to the month, a released
 * person), the iCalendar feed, and the embeds' answers: no script, no cookie, framable only
 * under /embed/ (tests/unit/embed-framing.test.ts checks the headers).
 */
const COUNTRY = "XB";
const P = "calendar-it-";
const MONTH = { year: 2031, month: 5 };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}land`, name: { en: "Calendarland" } });
  await insertPrisoner(
    { slug: `${P}public`, countryCode: COUNTRY, label: "Public Birthday" },
    { birthDate: day("1980-05-17"), arrestedOn: day("2024-05-03"), arrestedOnPrecision: "DAY" },
  );
  await insertPrisoner(
    { slug: `${P}withheld`, countryCode: COUNTRY, label: "Withheld Birthday" },
    { birthDate: day("1981-05-18"), redactedFields: ["birthDate"] },
  );
  await insertPrisoner(
    { slug: `${P}month-only`, countryCode: COUNTRY, label: "Month Only" },
    { arrestedOn: day("2029-05-01"), arrestedOnPrecision: "MONTH" },
  );
  await insertPrisoner(
    { slug: `${P}released`, countryCode: COUNTRY, label: "Released Person" },
    { status: "RELEASED", birthDate: day("1982-05-19") },
  );
  await insertPrisoner(
    { slug: `${P}draft`, countryCode: COUNTRY, label: "Draft Person" },
    { state: "DRAFT", birthDate: day("1983-05-20") },
  );
  await insertPetition(prisma, { slug: `${P}letter`, label: "embed" });
});

describe("the calendar", () => {
  it("lists public birthdays and day-precise anniversaries of people held now, nothing withheld", async () => {
    const calendar = await getCalendarMonth(MONTH, "en");
    const mine = calendar.entries.filter((entry) => entry.slug.startsWith(P));
    expect(mine.map(({ kind, date, count, slug }) => ({ kind, date, count, slug }))).toEqual([
      { kind: "detentionYears", date: "2031-05-03", count: 7, slug: `${P}public` },
      { kind: "birthday", date: "2031-05-17", count: 51, slug: `${P}public` },
    ]);
  });

  it("serves an iCalendar feed with stable UIDs", async () => {
    const response = await getCalendarFeed(new Request("http://localhost/en/calendar/feed.ics"), {
      params: Promise.resolve({ locale: "en" }),
    });
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text).not.toContain("Withheld");
  });
});

describe("the embeds", () => {
  const params = (slug: string, locale = "ru") => ({ params: Promise.resolve({ locale, slug }) });

  it("a prisoner's card is HTML in the requested locale, without scripts or cookies", async () => {
    const response = await getPrisonerEmbed(new Request("http://localhost/"), params(`${P}public`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("set-cookie")).toBeNull();
    const html = await response.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("Человек Public Birthday");
    expect(html).toMatch(/дн[еяй]+ в заключении/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('target="_blank" rel="noopener"');
  });

  it("a letter's card has its signature count and a sign link; unknown slugs are 404", async () => {
    const response = await getLetterEmbed(
      new Request("http://localhost/"),
      params(`${P}letter`, "en"),
    );
    const html = await response.text();
    expect(html).toContain("0 signatures");
    expect(html).toContain("Sign the letter");
    expect(html).toContain(`/en/letters/${P}letter#sign`);
    const missing = await getLetterEmbed(new Request("http://localhost/"), params(`${P}nobody`));
    expect(missing.status).toBe(404);
    const draft = await getPrisonerEmbed(new Request("http://localhost/"), params(`${P}draft`));
    expect(draft.status).toBe(404);
  });
});
