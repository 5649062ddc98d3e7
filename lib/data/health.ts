import "server-only";
import { collectErrorText, databaseOutage, type DatabaseOutage } from "@/lib/postgres/unavailable";

export type DatabaseHealth =
  { database: "up"; latencyMs: number } | { database: "down"; error: string };

const DEFAULT_TIMEOUT_MS = 2000;

class HealthTimeoutError extends Error {
  override name = "HealthTimeoutError";
}

/**
 * Runs `SELECT 1` and reports how long it took. Never throws: a health check must answer even when
 * the database is gone, and quickly, while the driver may wait much longer for a TCP connection.
 */
export async function checkDatabaseHealth(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthTimeoutError()), timeoutMs);
  });
  try {
    // Imported here so that a missing DATABASE_URL (lib/db throws on import) is reported, not thrown.
    const probe = import("@/lib/db").then(({ prisma }) => prisma.$queryRaw`SELECT 1`);
    // The probe may settle after the timeout won; its rejection must not become unhandled.
    probe.catch(() => undefined);
    await Promise.race([probe, timeout]);
    return { database: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { database: "down", error: describeFailure(error, timeoutMs) };
  } finally {
    clearTimeout(timer);
  }
}

/** The reason given for each kind of outage (lib/postgres/unavailable.ts classifies them). */
const OUTAGE_REASONS: Record<DatabaseOutage, string> = {
  unreachable: "database unreachable",
  "connection-lost": "connection lost",
  "host-not-found": "database host not found",
  "timed-out": "connection timed out",
  // Starting, stopping or out of connections: not reachable for now.
  busy: "database unreachable",
};

/**
 * A short reason for the response. Deliberately coarse: the endpoint is public, so host names,
 * user names and stack traces from driver messages stay out of it. Outages are recognised as
 * everywhere else (isDatabaseUnavailable); what is not an outage but a setting to fix
 * (configuration, password, database name) is recognised here.
 */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof HealthTimeoutError) return `no answer within ${timeoutMs} ms`;
  const text = collectErrorText(error);
  if (/DATABASE_URL is not set|Invalid environment configuration/.test(text)) {
    return "database not configured";
  }
  const outage = databaseOutage(error);
  if (outage) return OUTAGE_REASONS[outage];
  if (/28P01|28000|authentication|AuthenticationFailed/i.test(text)) return "authentication failed";
  if (/3D000|DatabaseDoesNotExist|does not exist/i.test(text)) return "database does not exist";
  return "query failed";
}
