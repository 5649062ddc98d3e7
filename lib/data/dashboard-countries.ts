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

/** Staff reads of countries for the dashboard's list and editor. Countries are keyed by code. */

export interface CountryListItem {
  code: string;
  slug: string;
  name: string;
  prisoners: number;
  updatedAt: Date;
}

export interface CountryEditorDto {
  code: string;
  slug: string;
  name: LocalizedText;
  version: number;
  updatedAt: Date;
  /** Rows of any kind that name the country (deleting is refused while there are any). */
  usage: number;
}

const usageSelect = {
  prisoners: true,
  cases: true,
  articles: true,
  facilities: true,
  events: true,
  affiliations: true,
  publications: true,
  letters: true,
  notableSignatories: true,
} as const satisfies Prisma.CountryCountOutputTypeSelect;

export async function listDashboardCountries(
  actor: Actor,
  filters: ContentListFilters,
  locale: Locale,
): Promise<ContentList<CountryListItem>> {
  authorizeView(actor, "country");
  const q = filters.q?.trim();
  const where: Prisma.CountryWhereInput = q
    ? { code: { in: await keysMatching("Country", "code", ["code", "slug", "name"], q) } }
    : {};
  const total = await prisma.country.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.country.findMany({
    where,
    orderBy: [{ code: "asc" }],
    skip,
    take,
    select: {
      code: true,
      slug: true,
      name: true,
      updatedAt: true,
      _count: { select: { prisoners: true } },
    },
  });
  return {
    items: rows.map((row) => ({
      code: row.code,
      slug: row.slug,
      name: localizedName(row.name, locale) || row.code,
      prisoners: row._count.prisoners,
      updatedAt: row.updatedAt,
    })),
    total,
    page,
    pageCount,
  };
}

export async function getCountryForEditor(
  actor: Actor,
  code: string,
): Promise<CountryEditorDto | null> {
  authorizeView(actor, "country");
  const row = await prisma.country.findUnique({
    where: { code },
    select: {
      code: true,
      slug: true,
      name: true,
      version: true,
      updatedAt: true,
      _count: { select: usageSelect },
    },
  });
  if (!row) return null;
  return {
    code: row.code,
    slug: row.slug,
    name: localizedTextOf(row.name),
    version: row.version,
    updatedAt: row.updatedAt,
    usage: Object.values(row._count).reduce((sum, count) => sum + count, 0),
  };
}
