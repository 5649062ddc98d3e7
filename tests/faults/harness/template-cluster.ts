import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@/lib/net/ports";
import { ensureDatabase } from "@/lib/postgres/database";
import { startEmbeddedPostgres } from "@/lib/postgres/embedded";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { addExtraPublishedPrisoners } from "./extra-prisoners";

/** The database the app uses on the fault suite's server (as on the embedded one). */
export const FAULT_DATABASE = "vigil";

/**
 * Prepares, once per run, the cluster every scenario copies: the embedded PostgreSQL's own
 * cluster, migrated and seeded with the demo content plus the extra published prisoners, then
 * stopped cleanly. Returns its data folder and how to remove it.
 */
export async function prepareTemplateCluster(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vigil-faults-template-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const server = await startEmbeddedPostgres({ dataDir: dir, port: await findFreePort() });
    try {
      await ensureDatabase(server.adminUrl, FAULT_DATABASE);
      const url = server.urlFor(FAULT_DATABASE);
      await migrateAndSeedIfEmpty(url);
      await addExtraPublishedPrisoners(url);
    } finally {
      await server.stop();
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, remove };
}
