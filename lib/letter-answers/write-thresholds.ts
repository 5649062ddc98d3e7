import "server-only";
import type { Tx } from "@/lib/content-store";
import type { LetterThresholdInput } from "@/lib/validation/letter-thresholds";

/**
 * Replaces a letter's thresholds inside the letter's content-store transaction (so they are in
 * its revision and audit row). What was reached stays: crossings are keyed by count, not by the
 * threshold row (LetterThresholdCrossing).
 */
export async function writeLetterThresholds(
  tx: Tx,
  letterId: string,
  thresholds: LetterThresholdInput[],
): Promise<void> {
  await tx.letterThreshold.deleteMany({ where: { letterId } });
  if (thresholds.length === 0) return;
  await tx.letterThreshold.createMany({
    data: thresholds.map((threshold) => ({
      letterId,
      count: threshold.count,
      label: threshold.label,
    })),
  });
}
