/**
 * Drops the personal data of signatures whose letter was closed or delivered more than
 * VIGIL_SIGNATURE_RETENTION_DAYS (default 365) days ago; counts are kept. The servers' job
 * worker runs the same every day at 03:17 UTC (lib/jobs, `signatures.anonymise`); this command is
 * for running it by hand: `DATABASE_URL=… npm run signatures:anonymise`. Safe to run again:
 * anonymised signatures are skipped. See lib/signing/anonymise.ts.
 */
import { env, requireDatabaseUrl } from "@/lib/env";
import { prisma } from "@/lib/db";
import { anonymiseExpiredSignatures } from "@/lib/signing/anonymise";

requireDatabaseUrl();
try {
  const result = await anonymiseExpiredSignatures({
    retentionDays: env.VIGIL_SIGNATURE_RETENTION_DAYS,
  });
  console.log(
    `Anonymised ${result.signatures} signatures of ${result.letters} letters ` +
      `(closed or delivered more than ${env.VIGIL_SIGNATURE_RETENTION_DAYS} days ago).`,
  );
} finally {
  await prisma.$disconnect();
}
