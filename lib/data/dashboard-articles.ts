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

/** Staff reads of criminal code articles for the dashboard. */

export interface ArticleListFilters extends ContentListFilters {
  country?: string;
}

export interface ArticleListItem {
  id: string;
  countryCode: string;
  code: string;
  article: string;
  part: string;
  title: string;
  usage: number;
  updatedAt: Date;
}

export interface ArticleEditorDto {
  id: string;
  countryCode: string;
  code: string;
  codeName: LocalizedText;
  article: string;
  part: string;
  title: LocalizedText;
  version: number;
  updatedAt: Date;
  /** Charges citing the article (deleting is refused while there are any). */
  usage: number;
}

export async function listDashboardArticles(
  actor: Actor,
  filters: ArticleListFilters,
  locale: Locale,
): Promise<ContentList<ArticleListItem>> {
  authorizeView(actor, "criminalCodeArticle");
  const q = filters.q?.trim();
  const where: Prisma.CriminalCodeArticleWhereInput = {
    ...(filters.country ? { countryCode: filters.country } : {}),
    ...(q
      ? {
          id: {
            in: await keysMatching(
              "CriminalCodeArticle",
              "id",
              ["code", "codeName", "article", "title"],
              q,
            ),
          },
        }
      : {}),
  };
  const total = await prisma.criminalCodeArticle.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.criminalCodeArticle.findMany({
    where,
    orderBy: [{ countryCode: "asc" }, { code: "asc" }, { article: "asc" }, { part: "asc" }],
    skip,
    take,
    select: {
      id: true,
      countryCode: true,
      code: true,
      article: true,
      part: true,
      title: true,
      updatedAt: true,
      _count: { select: { charges: true } },
    },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      countryCode: row.countryCode,
      code: row.code,
      article: row.article,
      part: row.part,
      title: localizedName(row.title, locale),
      usage: row._count.charges,
      updatedAt: row.updatedAt,
    })),
    total,
    page,
    pageCount,
  };
}

export async function getArticleForEditor(
  actor: Actor,
  id: string,
): Promise<ArticleEditorDto | null> {
  authorizeView(actor, "criminalCodeArticle");
  const row = await prisma.criminalCodeArticle.findUnique({
    where: { id },
    select: {
      id: true,
      countryCode: true,
      code: true,
      codeName: true,
      article: true,
      part: true,
      title: true,
      version: true,
      updatedAt: true,
      _count: { select: { charges: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    countryCode: row.countryCode,
    code: row.code,
    codeName: localizedTextOf(row.codeName),
    article: row.article,
    part: row.part,
    title: localizedTextOf(row.title),
    version: row.version,
    updatedAt: row.updatedAt,
    usage: row._count.charges,
  };
}
