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
import type { FacilityKind, Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";

/** Staff reads of places of detention for the dashboard. */

export interface FacilityListFilters extends ContentListFilters {
  country?: string;
}

export interface FacilityListItem {
  id: string;
  slug: string;
  name: string;
  kind: FacilityKind;
  countryCode: string;
  region: string;
  usage: number;
  updatedAt: Date;
}

export interface FacilityEditorDto {
  id: string;
  slug: string;
  name: LocalizedText;
  kind: FacilityKind;
  countryCode: string;
  region: LocalizedText;
  postalAddress: string | null;
  addressNotes: LocalizedText;
  version: number;
  updatedAt: Date;
  /** Detentions in the facility (deleting is refused while there are any). */
  usage: number;
}

export async function listDashboardFacilities(
  actor: Actor,
  filters: FacilityListFilters,
  locale: Locale,
): Promise<ContentList<FacilityListItem>> {
  authorizeView(actor, "facility");
  const q = filters.q?.trim();
  const where: Prisma.FacilityWhereInput = {
    ...(filters.country ? { countryCode: filters.country } : {}),
    ...(q
      ? {
          id: {
            in: await keysMatching(
              "Facility",
              "id",
              ["slug", "name", "region", "postalAddress"],
              q,
            ),
          },
        }
      : {}),
  };
  const total = await prisma.facility.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.facility.findMany({
    where,
    orderBy: [{ countryCode: "asc" }, { slug: "asc" }],
    skip,
    take,
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      countryCode: true,
      region: true,
      updatedAt: true,
      _count: { select: { detentions: true } },
    },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: localizedName(row.name, locale) || row.slug,
      kind: row.kind,
      countryCode: row.countryCode,
      region: localizedName(row.region, locale),
      usage: row._count.detentions,
      updatedAt: row.updatedAt,
    })),
    total,
    page,
    pageCount,
  };
}

export async function getFacilityForEditor(
  actor: Actor,
  id: string,
): Promise<FacilityEditorDto | null> {
  authorizeView(actor, "facility");
  const row = await prisma.facility.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      countryCode: true,
      region: true,
      postalAddress: true,
      addressNotes: true,
      version: true,
      updatedAt: true,
      _count: { select: { detentions: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    name: localizedTextOf(row.name),
    kind: row.kind,
    countryCode: row.countryCode,
    region: localizedTextOf(row.region),
    postalAddress: row.postalAddress,
    addressNotes: localizedTextOf(row.addressNotes),
    version: row.version,
    updatedAt: row.updatedAt,
    usage: row._count.detentions,
  };
}
