import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { LocalizedText } from "@/lib/content/localized";
import {
  authorizeView,
  keysMatching,
  localizedName,
  localizedTextOf,
  pageWindow,
  type ContentList,
  type ContentListFilters,
} from "@/lib/data/dashboard-content";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";

/** Staff reads of affiliations (movements, parties, outlets) for the dashboard. */

export interface AffiliationListItem {
  id: string;
  slug: string;
  name: string;
  countryCode: string | null;
  usage: number;
  updatedAt: Date;
}

export interface AffiliationEditorDto {
  id: string;
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  countryCode: string | null;
  version: number;
  updatedAt: Date;
  /** Profiles naming the affiliation (deleting is refused while there are any). */
  usage: number;
}

export async function listDashboardAffiliations(
  actor: Actor,
  filters: ContentListFilters,
  locale: Locale,
): Promise<ContentList<AffiliationListItem>> {
  authorizeView(actor, "affiliation");
  const q = filters.q?.trim();
  const where: Prisma.AffiliationWhereInput = q
    ? { id: { in: await keysMatching("Affiliation", "id", ["slug", "name"], q) } }
    : {};
  const total = await prisma.affiliation.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.affiliation.findMany({
    where,
    orderBy: [{ slug: "asc" }],
    skip,
    take,
    select: {
      id: true,
      slug: true,
      name: true,
      countryCode: true,
      updatedAt: true,
      _count: { select: { prisoners: true } },
    },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: localizedName(row.name, locale) || row.slug,
      countryCode: row.countryCode,
      usage: row._count.prisoners,
      updatedAt: row.updatedAt,
    })),
    total,
    page,
    pageCount,
  };
}

export async function getAffiliationForEditor(
  actor: Actor,
  id: string,
): Promise<AffiliationEditorDto | null> {
  authorizeView(actor, "affiliation");
  const row = await prisma.affiliation.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      countryCode: true,
      version: true,
      updatedAt: true,
      _count: { select: { prisoners: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    name: localizedTextOf(row.name),
    description: localizedTextOf(row.description),
    countryCode: row.countryCode,
    version: row.version,
    updatedAt: row.updatedAt,
    usage: row._count.prisoners,
  };
}
