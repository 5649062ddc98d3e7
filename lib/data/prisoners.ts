import "server-only";
import { DETAINED_STATUSES } from "@/lib/content-model/prisoner-status";
import { prisma } from "@/lib/db";
import type { Prisma, PrisonerStatus } from "@/lib/generated/prisma/client";
import type { ResolvedText } from "@/lib/i18n/resolved-text";

/** The only prisoners the public may see. Every public query starts from this filter. */
export const publishedPrisonerWhere = {
  state: "PUBLISHED",
} as const satisfies Prisma.PrisonerWhereInput;

/**
 * Profiles that withhold none of `fields` (entries of Prisoner.redactedFields). The column may be
 * NULL on rows written without it, where `NOT … hasSome` alone would be NULL, not true.
 */
export function notWithheldWhere(...fields: string[]) {
  return {
    OR: [{ redactedFields: { equals: null } }, { NOT: { redactedFields: { hasSome: fields } } }],
  } satisfies Prisma.PrisonerWhereInput;
}

export interface PrisonerCountryDto {
  code: string;
  name: ResolvedText;
}

export interface PrisonerListItemDto {
  slug: string;
  name: ResolvedText;
  status: PrisonerStatus;
  country: PrisonerCountryDto | null;
}

/** Figures for the home page, counted by the database. */
export async function countPublishedPrisoners(): Promise<{ documented: number; detained: number }> {
  const [documented, detained] = await Promise.all([
    prisma.prisoner.count({ where: publishedPrisonerWhere }),
    prisma.prisoner.count({
      where: { ...publishedPrisonerWhere, status: { in: [...DETAINED_STATUSES] } },
    }),
  ]);
  return { documented, detained };
}
