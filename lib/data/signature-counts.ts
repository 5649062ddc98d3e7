import "server-only";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import { cacheTags } from "@/lib/data/cache";

/**
 * Public signature figures of petitions. Counting never touches a hot row: confirmations add to
 * one of 32 counter shards per letter (lib/signing/counter-shards.ts), and a count is the sum of
 * the letter's shards.
 */

/**
 * Confirmed signatures per letter, summed over the letter's counter shards. Letters without
 * shards count 0. Uncached: callers cache (letter lists cache with their own tags).
 */
export async function getConfirmedSignatureCounts(
  letterIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(letterIds.map((id) => [id, 0]));
  if (letterIds.length === 0) return counts;
  const sums = await prisma.signatureCounterShard.groupBy({
    by: ["letterId"],
    where: { letterId: { in: [...letterIds] } },
    _sum: { confirmed: true },
  });
  for (const row of sums) counts.set(row.letterId, row._sum.confirmed ?? 0);
  return counts;
}

export interface RemovedSignaturesDto {
  /** Reason code (lib/signing/invalidation-reasons.ts). */
  reason: string;
  count: number;
}

export interface LetterSignatureFiguresDto {
  confirmed: number;
  /** Confirmed signatures that staff later removed, by reason (largest first). */
  removed: RemovedSignaturesDto[];
  removedTotal: number;
}

/**
 * How often a letter page re-reads its figures. Short, so that a count on a busy petition lags by
 * seconds; the read is two small aggregates, and a cached page re-renders at most this often
 * whatever the traffic (Next.js shortens the page's revalidation to its shortest cached read).
 */
export const SIGNATURE_FIGURES_REVALIDATE_SECONDS = 5;

async function readFigures(letterId: string): Promise<LetterSignatureFiguresDto> {
  const [confirmed, removed] = await Promise.all([
    prisma.signatureCounterShard.aggregate({
      where: { letterId },
      _sum: { confirmed: true },
    }),
    prisma.signature.groupBy({
      by: ["invalidationReason"],
      where: { letterId, status: "INVALIDATED", confirmedAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const byReason = removed
    .map((row) => ({ reason: row.invalidationReason ?? "other", count: row._count._all }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return {
    confirmed: confirmed._sum.confirmed ?? 0,
    removed: byReason,
    removedTotal: byReason.reduce((sum, row) => sum + row.count, 0),
  };
}

/** The figures a petition's page shows, cached for a few seconds (see the constant above). */
export async function getLetterSignatureFigures(
  letterId: string,
): Promise<LetterSignatureFiguresDto> {
  const cached = unstable_cache(() => readFigures(letterId), ["signature-figures", letterId], {
    tags: [cacheTags.letter(letterId)],
    revalidate: SIGNATURE_FIGURES_REVALIDATE_SECONDS,
  });
  try {
    return await cached();
  } catch (error) {
    // Outside a Next.js server (scripts, integration tests) there is no cache to read from.
    if (error instanceof Error && error.message.includes("incrementalCache missing")) {
      return readFigures(letterId);
    }
    throw error;
  }
}

export interface PublicSignerDto {
  name: string;
  countryCode: string;
  city: string | null;
  organisation: string | null;
  title: string | null;
}

export interface PublicSignersPageDto {
  signers: PublicSignerDto[];
  total: number;
  page: number;
  pageCount: number;
}

export const PUBLIC_SIGNERS_PAGE_SIZE = 50;

async function readPublicSigners(letterId: string, page: number): Promise<PublicSignersPageDto> {
  const where = {
    letterId,
    status: "CONFIRMED",
    visibility: "PUBLIC",
    name: { not: null },
  } as const;
  const [total, rows] = await Promise.all([
    prisma.signature.count({ where }),
    prisma.signature.findMany({
      where,
      // Never the address: the public list shows what the signer chose to make public.
      select: { name: true, countryCode: true, city: true, organisation: true, title: true },
      orderBy: [{ confirmedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PUBLIC_SIGNERS_PAGE_SIZE,
      take: PUBLIC_SIGNERS_PAGE_SIZE,
    }),
  ]);
  return {
    signers: rows.map((row) => ({
      name: row.name!,
      countryCode: row.countryCode,
      city: row.city,
      organisation: row.organisation,
      title: row.title,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PUBLIC_SIGNERS_PAGE_SIZE)),
  };
}

/** Confirmed signers who chose to be named, newest first, one page; cached like the figures. */
export async function getPublicSigners(
  letterId: string,
  page: number,
): Promise<PublicSignersPageDto> {
  const cached = unstable_cache(
    () => readPublicSigners(letterId, page),
    ["public-signers", letterId, String(page)],
    { tags: [cacheTags.letter(letterId)], revalidate: SIGNATURE_FIGURES_REVALIDATE_SECONDS },
  );
  try {
    return await cached();
  } catch (error) {
    if (error instanceof Error && error.message.includes("incrementalCache missing")) {
      return readPublicSigners(letterId, page);
    }
    throw error;
  }
}
