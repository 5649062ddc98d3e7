import "server-only";
import { prisma } from "@/lib/db";
import type { LetterKind, LetterState } from "@/lib/generated/prisma/client";
import { resolveLocalizedTextOr } from "@/lib/i18n/resolved-text";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { routing, type Locale } from "@/lib/i18n/routing";
import { CONTENT_NAME_MAX, CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";

/**
 * What the signing handlers need to know about a letter, by slug. Kept in memory for a few
 * seconds: in a surge every submission names the same letter, and a lookup per request would
 * double the database work of signing. A letter closed by staff therefore stops accepting
 * signatures within LOOKUP_TTL_MS on each server (its deadline is checked on every request).
 * While the database cannot be reached, the last lookup is used however old it is: the /sign page
 * can then still show the form with what the signer typed (nothing is stored meanwhile, since
 * storing needs the database too).
 */
export interface SignableLetter {
  id: string;
  slug: string;
  kind: LetterKind;
  state: LetterState;
  deadline: Date | null;
  currentVersionId: string | null;
  /** Every version of the letter: a signer may have read an earlier one before an edit. */
  versionIds: ReadonlySet<string>;
  title: Record<Locale, string>;
}

const LOOKUP_TTL_MS = 5000;

const globalForLookup = globalThis as unknown as {
  vigilSignableLetters?: Map<string, { letter: SignableLetter | null; until: number }>;
};

const cache = (globalForLookup.vigilSignableLetters ??= new Map());

async function readLetter(slug: string): Promise<SignableLetter | null> {
  const row = await prisma.letter.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      state: true,
      deadline: true,
      title: true,
      currentVersionId: true,
      versions: { select: { id: true } },
    },
  });
  if (!row || row.state === "DRAFT") return null;
  const title = Object.fromEntries(
    routing.locales.map((locale) => [
      locale,
      resolveLocalizedTextOr(row.title, locale, row.slug).text,
    ]),
  ) as Record<Locale, string>;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    state: row.state,
    deadline: row.deadline,
    currentVersionId: row.currentVersionId,
    versionIds: new Set(row.versions.map((version) => version.id)),
    title,
  };
}

/**
 * Whether a string from an address or a form can be a letter's slug at all. Checked before any
 * query: a slug holding NUL, which PostgreSQL text cannot store, made the query fail (a 500,
 * found by tests/integration/fuzz-signing-routes.test.ts), and anything else is simply unknown.
 */
export function isLetterSlug(slug: string): boolean {
  return slug.length <= CONTENT_NAME_MAX && CONTENT_SLUG_PATTERN.test(slug);
}

/** The public letter with this slug (null for an unknown slug or a draft), briefly cached. */
export async function getSignableLetter(slug: string): Promise<SignableLetter | null> {
  if (!isLetterSlug(slug)) return null;
  const hit = cache.get(slug);
  if (hit && hit.until > Date.now()) return hit.letter;
  let letter: SignableLetter | null;
  try {
    letter = await readLetter(slug);
  } catch (error) {
    if (!hit || !isDatabaseUnavailable(error)) throw error;
    reportDatabaseUnavailable(error);
    return hit.letter;
  }
  if (cache.size > 500) cache.clear();
  cache.set(slug, { letter, until: Date.now() + LOOKUP_TTL_MS });
  return letter;
}

/** Forgets cached lookups (tests that change a letter's state). */
export function forgetSignableLetters(): void {
  cache.clear();
}

/** Whether the letter takes signatures now: an OPEN petition whose deadline has not passed. */
export function acceptsSignatures(
  letter: Pick<SignableLetter, "kind" | "state" | "deadline">,
  now = new Date(),
): boolean {
  return (
    letter.kind === "PETITION" &&
    letter.state === "OPEN" &&
    (letter.deadline === null || letter.deadline > now)
  );
}
