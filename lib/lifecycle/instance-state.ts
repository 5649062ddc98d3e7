/**
 * What this server process is doing, for /api/ready: "starting" until Vigil's web server
 * (scripts/lib/web-server.ts) has prepared Next.js (its instrumentation hook included: the mail
 * and job workers) and listens, "serving" then, "draining" from SIGTERM on (scripts/serve.ts),
 * never back. Undefined when no Vigil web server runs in this process (a test calling a route
 * handler directly): the route then answers from its checks alone.
 *
 * On globalThis: the web server runs this module as plain Node.js, the route handler from
 * Next.js's bundle, which holds a copy of its own; both must see one phase.
 */
export type InstancePhase = "starting" | "serving" | "draining";

const PHASE_KEY = Symbol.for("vigil.instance-phase");
const scope = globalThis as unknown as { [PHASE_KEY]?: InstancePhase };

export function instancePhase(): InstancePhase | undefined {
  return scope[PHASE_KEY];
}

/** Moves the process to `phase`; a draining process stays draining. */
export function setInstancePhase(phase: InstancePhase): void {
  if (scope[PHASE_KEY] === "draining") return;
  scope[PHASE_KEY] = phase;
}

/** Forgets the phase (tests that set one put the process back as they found it). */
export function clearInstancePhase(): void {
  delete scope[PHASE_KEY];
}
