import { inject } from "vitest";
import { openFaultDatabase, type FaultDatabase } from "./fault-database";
import { startFaultMailServer, type FaultMailServer } from "./fault-mail-server";
import { createFaultWebServer, type FaultWebServer } from "./fault-web-server";
import { findPetition } from "./fault-queries";

export interface FaultEnvironment {
  database: FaultDatabase;
  mail: FaultMailServer;
  web: FaultWebServer;
  petition: { id: string; slug: string; versionId: string };
  /** Stops and removes everything; safe to call after a partial start or a failure. */
  close(): Promise<void>;
}

/**
 * One scenario's world: its own PostgreSQL (a copy of the template cluster), the development SMTP
 * server in this process and Vigil's production web server on `webPort`, all real.
 */
export async function openFaultEnvironment(webPort: number): Promise<FaultEnvironment> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    const errors: unknown[] = [];
    // Web server first: it holds connections to the other two.
    for (const closer of closers.reverse()) {
      await closer().catch((error: unknown) => errors.push(error));
    }
    closers.length = 0;
    if (errors.length > 0)
      throw new AggregateError(errors, "Tearing down a fault scenario failed.");
  };
  try {
    const database = await openFaultDatabase(inject("faultsTemplateDir"));
    closers.push(() => database.close());
    const mail = await startFaultMailServer();
    closers.push(() => mail.close());
    const web = createFaultWebServer({
      port: webPort,
      databaseUrl: database.url,
      smtpUrl: mail.url,
    });
    closers.push(() => web.close());
    await web.start();
    const petition = await findPetition(database.url);
    return { database, mail, web, petition, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
