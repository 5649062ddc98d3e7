import { afterAll, beforeAll, inject } from "vitest";
import { openStoppableDatabase, type StoppableDatabase } from "../../fixtures/stoppable-database";
import { startFaultMailServer, type FaultMailServer } from "./fault-mail-server";
import { createFaultWebServer, type FaultWebServer } from "./fault-web-server";
import { findPetition } from "./fault-queries";
import { FAULT_DATABASE } from "./template-cluster";

const PREPARE_TIMEOUT_MS = 240_000;

export interface FaultEnvironment {
  database: StoppableDatabase;
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
    const database = await openStoppableDatabase({
      database: FAULT_DATABASE,
      templateDir: inject("faultsTemplateDir"),
    });
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

/**
 * The scenario file's environment, opened before its tests (after `prepare`, when given, which
 * has a hook and its time limit of its own) and closed after them; the returned function gives
 * it to a test.
 */
export function setUpFaultEnvironment(
  webPort: number,
  { prepare }: { prepare?: () => Promise<void> } = {},
): () => FaultEnvironment {
  let environment: FaultEnvironment | undefined;
  // A preparation may serve the build on a database of its own (migrated and seeded first):
  // that alone can take the whole of a hook's usual 2 minutes on a busy machine.
  if (prepare) beforeAll(prepare, PREPARE_TIMEOUT_MS);
  beforeAll(async () => {
    environment = await openFaultEnvironment(webPort);
  });
  afterAll(async () => {
    await environment?.close();
  });
  return () => {
    if (!environment) throw new Error("The fault environment is not open.");
    return environment;
  };
}
