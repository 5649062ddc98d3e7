import { checkDatabaseHealth } from "@/lib/data/health";
import { getMailReadiness } from "@/lib/data/mail-outbox-state";
import { env } from "@/lib/env";
import { instancePhase } from "@/lib/lifecycle/instance-state";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { pingRedis } from "@/lib/redis/client";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

function unavailable(body: Record<string, unknown>): Response {
  return Response.json({ status: "unavailable", ...body }, { status: 503, headers });
}

/**
 * Readiness, for a load balancer choosing where to send requests: 503 while this instance is
 * starting or draining (lib/lifecycle/instance-state.ts: a stopping instance says so at once,
 * before it closes its port), when the database does not answer, or when Redis does not while
 * VIGIL_REDIS_URL is set (the shared cache: an instance without it would serve its own stale
 * copies). Otherwise 200, with the mail outbox's coarse state (waiting, age of the oldest, ok /
 * backlog / failing). Public like /api/health, so no addresses, server messages or error kinds:
 * those are on the administrators' dashboard. A failing outbox does not make the site unready
 * (it serves pages and takes signatures, whose mail waits safely in the outbox); monitors alert
 * on `mail.state` instead.
 */
export async function GET() {
  const phase = instancePhase();
  if (phase === "starting" || phase === "draining") return unavailable({ instance: phase });
  const [health, redisUp] = await Promise.all([
    checkDatabaseHealth(),
    env.VIGIL_REDIS_URL ? pingRedis() : Promise.resolve(null),
  ]);
  const redis = redisUp === null ? {} : { redis: redisUp ? "up" : "down" };
  if (health.database === "down") {
    return unavailable({ database: "down", error: health.error, ...redis });
  }
  if (redisUp === false) return unavailable({ database: "up", redis: "down" });
  try {
    const mail = await getMailReadiness();
    return Response.json(
      { status: "ready", database: "up", ...redis, mail },
      { status: 200, headers },
    );
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // The database went away between the two queries: the same answer as above.
    return unavailable({ database: "down", error: "database unreachable", ...redis });
  }
}
