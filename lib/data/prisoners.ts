import "server-only";
import { DETAINED_STATUSES } from "@/lib/content/prisoner-status";
import { prisma } from "@/lib/db";
import type { Prisma, PrisonerStatus } from "@/lib/generated/prisma/client";
import type { LocalizedString } from "@/lib/i18n/localized-text";

/** The only prisoners the public may see. Every public query starts from this filter. */
export const publishedPrisonerWhere = {
  state: "PUBLISHED",
} as const satisfies Prisma.PrisonerWhereInput;

export interface PrisonerCountryDto {
  code: string;
  name: LocalizedString;
}

export interface PrisonerListItemDto {
  slug: string;
  name: LocalizedString;
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
