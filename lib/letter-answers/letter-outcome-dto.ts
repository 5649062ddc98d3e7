import type { Prisma } from "@/lib/generated/prisma/client";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import { resolveLocalizedText, type ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { apiRoutes } from "@/lib/routes";
import { mediaFilename } from "@/lib/storage/media-files";

/**
 * The thresholds and published answers of a letter as its public page and the open-data API
 * show them (part of LetterDto, lib/data/letters.ts). Draft answers never get here: the select
 * filters on PUBLISHED, and the letter itself is public (not DRAFT) or the page is a preview.
 */

export interface LetterThresholdDto {
  count: number;
  /** What reaching it means ("delivered"). */
  label: ResolvedText | null;
  /** When the confirmed count first reached it (ISO date-time); null while not reached. */
  reachedAt: string | null;
}

export interface LetterAnswerDto {
  id: string;
  receivedOn: CalendarDate;
  /** Who answered, as they signed. */
  answeredBy: string;
  summary: ResolvedText | null;
  /** The reply's text as received, in its own language (lang: BCP 47, or null when unknown). */
  text: { text: string; lang: string | null } | null;
  /** The reply as a PDF (a public download). */
  document: { href: string; filename: string; byteSize: number } | null;
}

export const letterOutcomeSelect = {
  thresholds: { select: { count: true, label: true }, orderBy: { count: "asc" } },
  thresholdCrossings: { select: { count: true, crossedAt: true } },
  answers: {
    where: { state: "PUBLISHED" },
    select: {
      id: true,
      receivedOn: true,
      answeredBy: true,
      summary: true,
      text: true,
      textLang: true,
      document: {
        select: { id: true, kind: true, mimeType: true, originalFilename: true, byteSize: true },
      },
    },
    orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
  },
} as const satisfies Prisma.LetterSelect;

type OutcomeRow = Prisma.LetterGetPayload<{ select: typeof letterOutcomeSelect }>;

export function toLetterThresholdDtos(row: OutcomeRow, locale: Locale): LetterThresholdDto[] {
  const reached = new Map(row.thresholdCrossings.map((c) => [c.count, c.crossedAt]));
  return row.thresholds.map((threshold) => ({
    count: threshold.count,
    label: resolveLocalizedText(threshold.label, locale),
    reachedAt: reached.get(threshold.count)?.toISOString() ?? null,
  }));
}

export function toLetterAnswerDtos(row: OutcomeRow, locale: Locale): LetterAnswerDto[] {
  return row.answers.map((answer) => {
    const document = answer.document?.kind === "PDF" ? answer.document : null;
    const filename = document ? mediaFilename(document) : "";
    return {
      id: answer.id,
      receivedOn: toCalendarDate(answer.receivedOn)!,
      answeredBy: answer.answeredBy,
      summary: resolveLocalizedText(answer.summary, locale),
      text: answer.text ? { text: answer.text, lang: answer.textLang } : null,
      document: document
        ? {
            href: apiRoutes.mediaFile(document.id, filename),
            filename,
            byteSize: document.byteSize,
          }
        : null,
    };
  });
}
