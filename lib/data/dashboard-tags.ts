import "server-only";
import type { Actor } from "@/lib/auth/policy";
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
import type { LocalizedText } from "@/lib/content/localized";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";

/** Staff reads of tags for the dashboard's list and editor. */

export interface TagListItem {
  id: string;
  slug: string;
  name: string;
  usage: number;
  updatedAt: Date;
}

export interface TagEditorDto {
  id: string;
  slug: string;
  name: LocalizedText;
  version: number;
  updatedAt: Date;
  /** Profiles carrying the tag (deleting is refused while there are any). */
  usage: number;
}

export async function listDashboardTags(
  actor: Actor,
  filters: ContentListFilters,
  locale: Locale,
): Promise<ContentList<TagListItem>> {
  authorizeView(actor, "tag");
  const q = filters.q?.trim();
  const where: Prisma.TagWhereInput = q
    ? { id: { in: await keysMatching("Tag", "id", ["slug", "name"], q) } }
    : {};
  const total = await prisma.tag.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.tag.findMany({
    where,
    orderBy: [{ slug: "asc" }],
    skip,
    take,
    select: {
      id: true,
      slug: true,
      name: true,
      updatedAt: true,
      _count: { select: { prisoners: true } },
    },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: localizedName(row.name, locale) || row.slug,
      usage: row._count.prisoners,
      updatedAt: row.updatedAt,
    })),
    total,
    page,
    pageCount,
  };
}

export async function getTagForEditor(actor: Actor, id: string): Promise<TagEditorDto | null> {
  authorizeView(actor, "tag");
  const row = await prisma.tag.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
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
    version: row.version,
    updatedAt: row.updatedAt,
    usage: row._count.prisoners,
  };
}
