import "server-only";
import { prisma } from "@/lib/db";
import { keyedHash } from "@/lib/signing/secret-keys";

/**
 * Drops the personal data of signatures once their letter has been closed or delivered for
 * longer than the retention period (VIGIL_SIGNATURE_RETENTION_DAYS): name, address, city,
 * organisation, title and the IP and network hashes become NULL, the canonical address becomes a
 * keyed one-way hash (so the same address still cannot sign that letter twice, and nobody can
 * read it back), the choice "tell me what happens to this letter" is switched off (with no
 * address left there is nobody to tell), and the links in old e-mails stop working. Status, country, visibility and
 * dates stay, so every count (confirmed, by country, removed) is unchanged.
 *
 * A letter's end is the latest of its deadline, its last delivery and its last edit (closing it
 * is an edit): no column records when it was closed, and the latest of these is never too early.
 */
export async function anonymiseExpiredSignatures(options: {
  retentionDays: number;
  now?: Date;
}): Promise<{ letters: number; signatures: number }> {
  const cutoff = new Date(
    (options.now ?? new Date()).getTime() - options.retentionDays * 86_400_000,
  );
  const letters = await prisma.$queryRaw<{ id: string }[]>`
    SELECT l."id" FROM "Letter" AS l
    WHERE l."state" IN ('CLOSED', 'DELIVERED')
      AND GREATEST(
        l."updatedAt",
        coalesce(l."deadline", l."updatedAt"),
        coalesce((SELECT max(d."deliveredOn")::timestamp FROM "LetterDelivery" AS d
                  WHERE d."letterId" = l."id"), l."updatedAt")
      ) < ${cutoff}
      AND EXISTS (SELECT 1 FROM "Signature" AS s
                  WHERE s."letterId" = l."id" AND s."anonymisedAt" IS NULL)`;

  let signatures = 0;
  for (const { id: letterId } of letters) {
    // In batches, so that a letter with a million signatures does not hold one huge transaction.
    for (;;) {
      const batch = await prisma.signature.findMany({
        where: { letterId, anonymisedAt: null },
        select: { id: true, emailKey: true },
        take: 1000,
      });
      if (batch.length === 0) break;
      await prisma.$transaction(async (tx) => {
        await tx.signatureToken.deleteMany({
          where: { signatureId: { in: batch.map((row) => row.id) } },
        });
        const keys = batch.map((row) => `anon:${keyedHash("email-anonymised", row.emailKey)}`);
        await tx.$executeRaw`
          UPDATE "Signature" AS s
          SET "name" = NULL, "email" = NULL, "city" = NULL, "organisation" = NULL,
              "title" = NULL, "ipHash" = NULL, "networkHash" = NULL, "notifyOutcome" = false,
              "emailKey" = v.key, "anonymisedAt" = (now() AT TIME ZONE 'UTC')
          FROM unnest(${batch.map((row) => row.id)}::uuid[], ${keys}::text[]) AS v(id, key)
          WHERE s."id" = v.id AND s."anonymisedAt" IS NULL`;
      });
      signatures += batch.length;
    }
  }
  return { letters: letters.length, signatures };
}
