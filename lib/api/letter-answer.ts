import "server-only";
import { getPublicLetterBySlug, type LetterDto } from "@/lib/data/letters";
import { getLetterSignatureFigures } from "@/lib/data/signature-counts";
import type { Locale } from "@/lib/i18n/routing";

/**
 * One letter as `GET /api/v1/letters/{slug}` answers it: the letter page's DTO
 * (getPublicLetterBySlug), with a petition's count read as its page reads it (the counter shards,
 * fresh within seconds, rather than the letter's longer-cached figure). The version a petition's
 * sign form offers is the form's, not data: it is left out here and nowhere else. So is the page's
 * list of signers who chose to be named: they agreed to be shown on the page, where a reader meets
 * them one page at a time, not to a feed that hands every name to whoever collects them.
 */
export type ApiLetterDto = Omit<LetterDto, "signingVersionId">;

export async function getApiLetter(slug: string, locale: Locale): Promise<ApiLetterDto | null> {
  const letter = await getPublicLetterBySlug(slug, locale);
  if (!letter) return null;
  const { signingVersionId, ...rest } = letter;
  void signingVersionId; // the sign form's, left out (see above)
  if (letter.kind !== "PETITION") return rest;
  const figures = await getLetterSignatureFigures(letter.id);
  return { ...rest, signatureCount: figures.confirmed };
}
