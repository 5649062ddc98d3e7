import "server-only";
import { prisma } from "@/lib/db";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { publicLetterWhere } from "@/lib/data/letters";
import {
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type ResolvedText,
} from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

/** A published answer to a public letter about the prisoner, as their timeline shows it. */
export interface ProfileLetterAnswerDto {
  id: string;
  receivedOn: CalendarDate;
  answeredBy: string;
  summary: ResolvedText | null;
  letter: { slug: string; title: ResolvedText };
}

/**
 * The published answers to the public letters that concern a published prisoner, newest first;
 * none when the editors withheld the profile's letters (redactedFields "letters"), like the
 * profile's list of letters. Cached with the prisoners' and letters' tags.
 */
export const getProfileLetterAnswers = cachedRead(
  "prisoner-letter-answers",
  async (slug: string, locale: Locale): Promise<ProfileLetterAnswerDto[]> => {
    const prisoner = await prisma.prisoner.findFirst({
      where: { ...publishedPrisonerWhere, slug },
      select: { id: true, redactedFields: true },
    });
    if (!prisoner || prisoner.redactedFields.includes("letters")) return [];
    const rows = await prisma.letterAnswer.findMany({
      where: {
        state: "PUBLISHED",
        letter: { ...publicLetterWhere, prisoners: { some: { prisonerId: prisoner.id } } },
      },
      select: {
        id: true,
        receivedOn: true,
        answeredBy: true,
        summary: true,
        letter: { select: { slug: true, title: true } },
      },
      orderBy: [{ receivedOn: "desc" }, { id: "asc" }],
      take: 50,
    });
    return rows.map((row) => ({
      id: row.id,
      receivedOn: toCalendarDate(row.receivedOn)!,
      answeredBy: row.answeredBy,
      summary: resolveLocalizedText(row.summary, locale),
      letter: {
        slug: row.letter.slug,
        title: resolveLocalizedTextOr(row.letter.title, locale, row.letter.slug),
      },
    }));
  },
  () => [cacheTags.prisoners, cacheTags.letters],
);
