/**
 * Builds today's open-data snapshot (lib/datasets) and deletes those past the newest 30, as the
 * servers' job worker does every day at 04:41 UTC (lib/jobs, `datasets.build`):
 * `DATABASE_URL=… npm run datasets:build`. Writes through the file storage VIGIL_MEDIA_STORAGE
 * names. Safe to run again: a day already built is left as it is.
 */
import { prisma } from "@/lib/db";
import { buildDataset } from "@/lib/datasets/build-dataset";
import { requireDatabaseUrl } from "@/lib/env";

requireDatabaseUrl();
try {
  const started = performance.now();
  const result = await buildDataset();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.outcome === "built") {
    const { prisoners, cases, charges, events } = result.counts;
    console.log(
      `Dataset of ${result.date} built in ${seconds} s: ${prisoners} prisoners, ${cases} cases, ` +
        `${charges} charges, ${events} events.`,
    );
    for (const file of result.files)
      console.log(`  ${file.sha256}  ${file.name} (${file.bytes} bytes)`);
  } else {
    console.log(
      `The dataset of ${result.date} exists already (or is being built); nothing written.`,
    );
  }
  if (result.removed.length > 0)
    console.log(`Removed the datasets of ${result.removed.join(", ")}.`);
} finally {
  await prisma.$disconnect();
}
