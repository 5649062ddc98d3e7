/**
 * Loads the demo content into the database at DATABASE_URL: `npm run db:seed`.
 * Safe to run again; see prisma/seed.ts.
 */
import { requireDatabaseUrl } from "@/lib/env";
import { createPrismaClient } from "@/lib/postgres/client";
import { runDemoMediaStep } from "@/prisma/demo/run-demo-media";
import { seedDemoContent } from "@/prisma/seed";

const prisma = createPrismaClient(requireDatabaseUrl(), 2);
try {
  const started = performance.now();
  const summary = await seedDemoContent(prisma);
  await runDemoMediaStep(requireDatabaseUrl());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Demo content is in place (${seconds} s): ${summary.prisoners} prisoners, ${summary.events} events, ` +
      `${summary.letters} letters, ${summary.publications} publications.`,
  );
} finally {
  await prisma.$disconnect();
}
