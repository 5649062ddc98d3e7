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
import type { OrganisationKind, Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";

/** Staff reads of organisations that recognise political prisoners, for the dashboard. */

export interface OrganisationListItem {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  usage: number;
  updatedAt: Date;
}

export interface OrganisationEditorDto {
  id: string;
  slug: string;
  name: LocalizedText;
  kind: OrganisationKind;
  url: string | null;
  version: number;
  updatedAt: Date;
  /** Recognitions by the organisation (deleting is refused while there are any). */
  usage: number;
}

export async function listDashboardOrganisations(
  actor: Actor,
  filters: ContentListFilters,
  locale: Locale,
): Promise<ContentList<OrganisationListItem>> {
  authorizeView(actor, "organisation");
  const q = filters.q?.trim();
  const where: Prisma.OrganisationWhereInput = q
    ? { id: { in: await keysMatching("Organisation", "id", ["slug", "name", "url"], q) } }
    : {};
  const total = await prisma.organisation.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.organisation.findMany({
    where,
    orderBy: [{ slug: "asc" }],
    skip,
    take,
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      updatedAt: true,
      _count: { select: { recognitions: true } },
    },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: localizedName(row.name, locale) || row.slug,
      kind: row.kind,
      usage: row._count.recognitions,
      updatedAt: row.updatedAt,
    })),
    total,
    page,
    pageCount,
  };
}

export async function getOrganisationForEditor(
  actor: Actor,
  id: string,
): Promise<OrganisationEditorDto | null> {
  authorizeView(actor, "organisation");
  const row = await prisma.organisation.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      url: true,
      version: true,
      updatedAt: true,
      _count: { select: { recognitions: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    name: localizedTextOf(row.name),
    kind: row.kind,
    url: row.url,
    version: row.version,
    updatedAt: row.updatedAt,
    usage: row._count.recognitions,
  };
}
