import "server-only";
import { notFound } from "next/navigation";
import { getPublicLetterBySlug, type LetterDto } from "@/lib/data/letters";
import type { Locale } from "@/lib/i18n/routing";

/** The public petition of a signing page, or the 404 page (unknown slug, draft, open letter). */
export async function requirePublicPetition(slug: string, locale: Locale): Promise<LetterDto> {
  const letter = await getPublicLetterBySlug(slug, locale);
  if (!letter || letter.kind !== "PETITION") notFound();
  return letter;
}
