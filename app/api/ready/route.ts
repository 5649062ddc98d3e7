import { checkDatabaseHealth } from "@/lib/data/health";
import { getMailReadiness } from "@/lib/data/mail-outbox-state";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";

export const dynamic = "force-dynamic";

/**
 * Readiness: 200 when the database answers, with the mail outbox's coarse state (waiting, age of
 * the oldest, ok / backlog / failing), 503 when the database is down. Public like /api/health,
 * so no addresses, server messages or error kinds: those are on the administrators' dashboard.
 * A failing outbox does not make the site unready (it serves pages and takes signatures, whose
 * mail waits safely in the outbox); monitors alert on `mail.state` instead.
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  const health = await checkDatabaseHealth();
  if (health.database === "down") {
    return Response.json(
      { status: "unavailable", database: "down", error: health.error },
      { status: 503, headers },
    );
  }
  try {
    const mail = await getMailReadiness();
    return Response.json({ status: "ready", database: "up", mail }, { status: 200, headers });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // The database went away between the two queries: the same answer as above.
    return Response.json(
      { status: "unavailable", database: "down", error: "database unreachable" },
      { status: 503, headers },
    );
  }
}
