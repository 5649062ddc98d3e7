import "server-only";
import { checkDatabaseHealth } from "@/lib/data/health";
import { outsideRequests } from "@/lib/lifecycle/root-async-context";
import { onDatabaseOutage, reportDatabaseAvailable } from "./outage-log";

/** How often the database is asked during an outage: recovery is logged within this. */
const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 1000;

const STARTED = Symbol.for("vigil.outage-probe");

/**
 * Ends each outage the moment the database answers again: while one is reported
 * (lib/logging/outage-log.ts), a `SELECT 1` every second; the first success reports the recovery,
 * which logs the outage's length and failed requests and tells whoever listens (the caches).
 * Nothing runs while the database is up. Started once per server process (instrumentation.ts).
 */
export function startOutageRecoveryProbe(): void {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  let probing = false;
  onDatabaseOutage({
    started() {
      if (probing) return;
      probing = true;
      const probe = async () => {
        const health = await checkDatabaseHealth(PROBE_TIMEOUT_MS);
        if (health.database === "up") {
          probing = false;
          reportDatabaseAvailable();
          return;
        }
        setTimeout(() => void probe(), PROBE_INTERVAL_MS).unref();
      };
      // Started by a failing request; the probe and its recovery line belong to no request.
      outsideRequests(() => setTimeout(() => void probe(), PROBE_INTERVAL_MS).unref());
    },
  });
}
