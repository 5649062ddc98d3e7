import "server-only";
import { prisma } from "@/lib/db";
import { PrisonerStatus } from "@/lib/generated/prisma/enums";
import { cachedRead, cacheTags } from "@/lib/data/cache";
import {
  listCountriesWithPrisoners,
  statusVisibleWhere,
  type CountrySummaryDto,
} from "@/lib/data/countries";
import { DETAINED_STATUSES } from "@/lib/content-model/prisoner-status";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { resolveLocalizedTextOr, type ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

import { TOP_CHARGES } from "@/lib/data/statistics-limits";

const STATUS_ORDER = Object.values(PrisonerStatus);

export interface StatusCountDto {
  status: PrisonerStatus;
  count: number;
}

export interface ArrestYearCountDto {
  /** Null: the date of arrest is unknown or withheld. */
  year: number | null;
  count: number;
}

export interface ChargeCountDto {
  articleId: string;
  countryCode: string;
  /** The article as written in the code: "274", with its part when it has one ("274, part 2"). */
  article: string;
  part: string;
  title: ResolvedText;
  codeName: ResolvedText;
  /** Published prisoners charged under the article (each counted once, whatever their cases). */
  count: number;
}

export interface PrisonerStatisticsDto {
  /** Published profiles. */
  documented: number;
  /** Of those, deprived of liberty now. */
  detained: number;
  byCountry: CountrySummaryDto[];
  byStatus: StatusCountDto[];
  /** In ascending year order, the unknown year last. */
  byArrestYear: ArrestYearCountDto[];
  /** Most frequent first, at most TOP_CHARGES. */
  byCharge: ChargeCountDto[];
}

/**
 * Figures about the published prisoners, every one of them a GROUP BY in the database (no row is
 * loaded to be counted here). A field an editor withheld on a profile does not count towards the
 * figure about that field: a withheld date of arrest counts as unknown, withheld cases count for
 * no charge, a withheld country for no country, a withheld status for no status (nor as detained).
 */
export const getPrisonerStatistics = cachedRead(
  "statistics.prisoners",
  async (locale: Locale): Promise<PrisonerStatisticsDto> => {
    const [documented, detained, byStatus, byArrestYear, chargeRows, byCountry] = await Promise.all(
      [
        prisma.prisoner.count({ where: publishedPrisonerWhere }),
        prisma.prisoner.count({
          where: {
            AND: [publishedPrisonerWhere, statusVisibleWhere],
            status: { in: [...DETAINED_STATUSES] },
          },
        }),
        prisma.prisoner.groupBy({
          by: ["status"],
          where: { AND: [publishedPrisonerWhere, statusVisibleWhere] },
          _count: { _all: true },
        }),
        prisma.$queryRaw<{ year: number | null; count: number }[]>`
          SELECT CASE WHEN 'arrestedOn' = ANY(coalesce("redactedFields", '{}'::text[])) THEN NULL
                      ELSE EXTRACT(YEAR FROM "arrestedOn")::int END AS year,
                 COUNT(*)::int AS count
          FROM "Prisoner"
          WHERE state = 'PUBLISHED'
          GROUP BY 1
          ORDER BY 1 ASC NULLS LAST`,
        prisma.$queryRaw<{ articleId: string; count: number }[]>`
          SELECT ch."articleId", COUNT(DISTINCT c."prisonerId")::int AS count
          FROM "Charge" ch
          JOIN "Case" c ON c.id = ch."caseId"
          JOIN "Prisoner" p ON p.id = c."prisonerId"
          WHERE p.state = 'PUBLISHED'
            AND NOT ('cases' = ANY(coalesce(p."redactedFields", '{}'::text[])))
          GROUP BY ch."articleId"
          ORDER BY count DESC, ch."articleId" ASC
          LIMIT ${TOP_CHARGES}`,
        listCountriesWithPrisoners(locale),
      ],
    );

    const articles = await prisma.criminalCodeArticle.findMany({
      where: { id: { in: chargeRows.map((row) => row.articleId) } },
      select: {
        id: true,
        countryCode: true,
        code: true,
        codeName: true,
        article: true,
        part: true,
        title: true,
      },
    });
    const articleById = new Map(articles.map((article) => [article.id, article]));

    return {
      documented,
      detained,
      byCountry: [...byCountry].sort(
        (a, b) => b.documented - a.documented || a.name.text.localeCompare(b.name.text, locale),
      ),
      byStatus: byStatus
        .map((row) => ({ status: row.status, count: row._count._all }))
        .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)),
      byArrestYear: byArrestYear.map((row) => ({ year: row.year, count: row.count })),
      byCharge: chargeRows.flatMap((row) => {
        const article = articleById.get(row.articleId);
        if (!article) return [];
        return [
          {
            articleId: article.id,
            countryCode: article.countryCode,
            article: article.article,
            part: article.part,
            title: resolveLocalizedTextOr(article.title, locale, article.article),
            codeName: resolveLocalizedTextOr(article.codeName, locale, article.code),
            count: row.count,
          },
        ];
      }),
    };
  },
  () => [cacheTags.prisoners, cacheTags.countries, cacheTags.reference],
);
