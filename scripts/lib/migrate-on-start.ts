import { applyMigrations, DatabaseNewerThanCodeError } from "@/lib/postgres/migrate";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";

/** How often a server that started during a database outage tries the migrations again. */
const RETRY_INTERVAL_MS = 5_000;

/** Exit code of a server whose database is newer than its code (EX_CONFIG: no use restarting it). */
export const EXIT_DATABASE_NEWER = 78;

/**
 * What `npm start` (scripts/serve.ts) does before it serves: applies pending migrations under the
 * migration lock (lib/postgres/migration-lock.ts: instances starting together migrate once) and
 * refuses a database that a newer version of Vigil has migrated (`refuse` is called with the
 * message; the server must then exit without serving). It never seeds: demo content is for
 * `npm run demo` and `npm run db:seed`, not a production database.
 *
 * A database that cannot be reached does not stop the start (the cached pages can be served
 * meanwhile, as before): the migrations are tried again every 5 s until the database answers,
 * and a database found newer then stops the running server the same way.
 */
export async function migrateOnStart(options: {
  databaseUrl: string;
  say: (line: string) => void;
  refuse: (message: string) => void;
}): Promise<void> {
  const { databaseUrl, say, refuse } = options;
  const attempt = async (): Promise<"done" | "unreachable"> => {
    try {
      const applied = await applyMigrations(databaseUrl, {
        onWait: () => say("Another process is migrating the database; waiting for it…"),
      });
      say(
        applied.length > 0
          ? `Applied ${applied.length} database migration(s): ${applied.join(", ")}.`
          : "The database schema is current.",
      );
      return "done";
    } catch (error) {
      if (error instanceof DatabaseNewerThanCodeError) {
        refuse(error.message);
        return "done";
      }
      if (isDatabaseUnavailable(error)) return "unreachable";
      throw error;
    }
  };

  if ((await attempt()) === "done") return;
  say(
    "The database is unreachable, so its migrations cannot be checked now; serving what the cache holds and trying again every 5 s.",
  );
  const retry = () => {
    const timer = setTimeout(() => {
      attempt()
        .then((outcome) => {
          if (outcome === "unreachable") retry();
        })
        .catch((error: unknown) => {
          say(
            `Applying the database migrations failed: ${error instanceof Error ? error.message : String(error)}; trying again.`,
          );
          retry();
        });
    }, RETRY_INTERVAL_MS);
    timer.unref();
  };
  retry();
}
