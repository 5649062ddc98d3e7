import "server-only";
import { prisma } from "@/lib/db";

/**
 * Confirmed signatures per letter, summed over the letter's counter shards (no single row is
 * updated by every signer: see SignatureCounterShard). Letters without shards count 0.
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
