import "server-only";
import {
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type ResolvedText,
} from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { getLetterCandidates } from "./letter-candidates-read";
import { suggestLetterRecipients } from "./letter-suggestion";

/** One person suggested on "Who needs a letter today", resolved for the page's locale. */
export interface LetterSuggestionDto {
  slug: string;
  name: ResolvedText;
  summary: ResolvedText | null;
  place: ResolvedText | null;
  recentLetters: number;
  birthdaySoon: boolean;
  courtDateSoon: boolean;
}

/** How many are shown: the suggestion and a few more. */
const SHOWN = 4;

export async function getLetterSuggestions(
  locale: Locale,
  options: { exclude?: string; random: () => number; today?: string },
): Promise<LetterSuggestionDto[]> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const candidates = await getLetterCandidates(today);
  const drawn = suggestLetterRecipients(candidates, {
    today,
    count: SHOWN,
    random: options.random,
    exclude: options.exclude ? [options.exclude] : [],
  });
  const bySlug = new Map(candidates.map((candidate) => [candidate.slug, candidate]));
  return drawn.map((pick) => {
    const record = bySlug.get(pick.slug)!;
    return {
      slug: pick.slug,
      name: resolveLocalizedTextOr(record.name, locale, pick.slug),
      summary: resolveLocalizedText(record.summary, locale),
      place:
        resolveLocalizedText(record.facilityRegion, locale) ??
        resolveLocalizedText(record.countryName, locale),
      recentLetters: pick.recentLetters,
      birthdaySoon: pick.birthdaySoon,
      courtDateSoon: pick.courtDateSoon,
    };
  });
}
