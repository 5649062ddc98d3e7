import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { startFaultMailServer } from "./fault-mail-server";
import { createFaultWebServer } from "./fault-web-server";

/**
 * Does what an end-to-end run does to the build's cache before the fault suite serves it: serves
 * the build on another database (fresh demo content, its own row ids) and requests `paths`, so
 * that whatever the server caches on disk comes from that database. Everything it started is
 * stopped and removed before it returns.
 */
export async function visitFromAnotherDatabase(port: number, paths: string[]): Promise<void> {
  const database = await openThrowawayDatabase("faultsfirst");
  try {
    await migrateAndSeedIfEmpty(database.url);
    const mail = await startFaultMailServer();
    const web = createFaultWebServer({ port, databaseUrl: database.url, smtpUrl: mail.url });
    try {
      await web.start();
      for (const path of paths) {
        const response = await fetch(`${web.baseUrl}${path}`, {
          signal: AbortSignal.timeout(30_000),
        });
        await response.body?.cancel();
        if (response.status !== 200) {
          throw new Error(`GET ${path} on the other database answered ${response.status}.`);
        }
      }
    } finally {
      await web.close();
      await mail.close();
    }
  } finally {
    await database.close();
  }
}
