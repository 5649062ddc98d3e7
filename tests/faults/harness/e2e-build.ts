import { existsSync } from "node:fs";
import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { exitCodeOf, runNext } from "../../../scripts/lib/next-process";

/**
 * The end-to-end layer's build folder, which the fault suite serves (scripts/start.ts --test);
 * VIGIL_DIST_DIR names another, as for `npm run test:e2e` (a second run beside another).
 */
export const E2E_DIST_DIR = process.env.VIGIL_DIST_DIR ?? ".next-e2e";
/**
 * The public origin the end-to-end build was made with (the e2e server's address): prerendered
 * pages keep it, so the fault suite's servers are configured with it too and send it as Origin.
 */
export const E2E_PUBLIC_URL = "http://localhost:3100";

const BUILD_TIMEOUT_MS = 20 * 60_000;

/**
 * Reuses the end-to-end build when the e2e layer made one (unless `rebuild`); otherwise builds it
 * as that layer would, on a throw-away database with the demo content (never the fault suite's
 * own database: the build must have been made on another one, see
 * build-on-another-database.test.ts).
 */
export async function ensureE2eBuild({ rebuild = false } = {}): Promise<"reused" | "built"> {
  if (!rebuild && existsSync(`${E2E_DIST_DIR}/BUILD_ID`)) return "reused";
  const database = await openThrowawayDatabase("faultsbuild");
  try {
    await migrateAndSeedIfEmpty(database.url);
    const build = runNext(["build"], {
      databaseUrl: database.url,
      env: { VIGIL_DIST_DIR: E2E_DIST_DIR, VIGIL_PUBLIC_URL: E2E_PUBLIC_URL },
    });
    const timer = setTimeout(() => build.kill("SIGKILL"), BUILD_TIMEOUT_MS);
    const code = await exitCodeOf(build);
    clearTimeout(timer);
    if (code !== 0) throw new Error(`next build into ${E2E_DIST_DIR} failed (exit code ${code}).`);
    return "built";
  } finally {
    await database.close();
  }
}
