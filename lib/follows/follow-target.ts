import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveLocalizedTextOr } from "@/lib/i18n/resolved-text";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { routing, type Locale } from "@/lib/i18n/routing";
import {
  isFollowTargetKey,
  type FollowTargetKind,
  type FollowTargetRef,
} from "@/lib/follows/follow-target-ref";

/**
 * What can be followed, by what the public pages call it (a prisoner's or a letter's slug, a
 * country's lower-case code), and the published row it names. Only published content can be
 * followed: a draft or withdrawn profile, a letter not yet public and an unknown code are null,
 * told apart from nothing else.
 */
export interface FollowTarget extends FollowTargetRef {
  /** The Follow column's value: Prisoner.id, Letter.id or Country.code. */
  id: string;
  /** The name in each locale, for e-mails and the pages (never anything unpublished). */
  name: Record<Locale, string>;
}

function namesOf(value: unknown, fallback: string): Record<Locale, string> {
  return Object.fromEntries(
    routing.locales.map((locale) => [locale, resolveLocalizedTextOr(value, locale, fallback).text]),
  ) as Record<Locale, string>;
}

/** The published target of a reference, or null. */
export async function findFollowTarget(ref: FollowTargetRef): Promise<FollowTarget | null> {
  if (!isFollowTargetKey(ref.kind, ref.key)) return null;
  switch (ref.kind) {
    case "prisoner": {
      const row = await prisma.prisoner.findFirst({
        where: { slug: ref.key, state: "PUBLISHED" },
        select: { id: true, name: true },
      });
      return row ? { ...ref, id: row.id, name: namesOf(row.name, ref.key) } : null;
    }
    case "country": {
      const code = ref.key.toUpperCase();
      const row = await prisma.country.findUnique({ where: { code }, select: { name: true } });
      return row ? { ...ref, id: code, name: namesOf(row.name, code) } : null;
    }
    case "letter": {
      const row = await prisma.letter.findFirst({
        where: { slug: ref.key, state: { not: "DRAFT" } },
        select: { id: true, title: true },
      });
      return row ? { ...ref, id: row.id, name: namesOf(row.title, ref.key) } : null;
    }
  }
}

/** What the /follow page shows the form for: the target, named when the database could say. */
export interface FollowFormTarget {
  ref: FollowTargetRef;
  /** Null while the database cannot be reached. */
  name: Record<Locale, string> | null;
}

/**
 * The /follow page's target: null for one that cannot be followed (the page's 404). While the
 * database cannot be reached the target is taken as it is, unnamed: the follows handler's 503
 * page leads back here, and the form must come back with what was typed (its cookie) as the sign
 * form does (lib/signing/signable-letter.ts). Nothing is stored meanwhile, and a submission
 * checks the target again.
 */
export async function findFollowFormTarget(ref: FollowTargetRef): Promise<FollowFormTarget | null> {
  if (!isFollowTargetKey(ref.kind, ref.key)) return null;
  try {
    const target = await findFollowTarget(ref);
    return target ? { ref, name: target.name } : null;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseUnavailable(error);
    return { ref, name: null };
  }
}

/** The Follow columns naming a target (exactly one is set: the table's CHECK). */
export function followColumnsOf(target: { kind: FollowTargetKind; id: string }): {
  prisonerId?: string;
  countryCode?: string;
  letterId?: string;
} {
  if (target.kind === "prisoner") return { prisonerId: target.id };
  if (target.kind === "country") return { countryCode: target.id };
  return { letterId: target.id };
}

/** The select that reads a Follow's target back as a FollowTarget (published or not). */
export const followTargetSelect = {
  prisoner: { select: { id: true, slug: true, name: true, state: true } },
  country: { select: { code: true, name: true } },
  letter: { select: { id: true, slug: true, title: true, state: true } },
} as const satisfies Prisma.FollowSelect;

type FollowTargetRow = Prisma.FollowGetPayload<{ select: typeof followTargetSelect }>;

/**
 * A Follow row's target, or null when it is no longer published (a follow of a profile that was
 * withdrawn stays, silent, and shows again if the profile comes back).
 */
export function followTargetOfRow(row: FollowTargetRow): FollowTarget | null {
  if (row.prisoner) {
    if (row.prisoner.state !== "PUBLISHED") return null;
    const { id, slug, name } = row.prisoner;
    return { kind: "prisoner", key: slug, id, name: namesOf(name, slug) };
  }
  if (row.country) {
    const { code, name } = row.country;
    return { kind: "country", key: code.toLowerCase(), id: code, name: namesOf(name, code) };
  }
  if (row.letter) {
    if (row.letter.state === "DRAFT") return null;
    const { id, slug, title } = row.letter;
    return { kind: "letter", key: slug, id, name: namesOf(title, slug) };
  }
  return null;
}
