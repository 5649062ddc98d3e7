import { Logger } from "graphile-worker";

/**
 * graphile-worker's messages in the server's log: errors and warnings with a "[jobs]" prefix;
 * its info and debug lines (one per job completed) are left out, as the outbox worker leaves out
 * one per mail sent. A job's own failure is logged once, by job-task-list.ts (with the reason's
 * class and code, never its message), so the library's line for it (a stack and the message,
 * marked `failure` in its meta) is left out.
 */
export const jobsLogger = new Logger(() => (level, message, meta) => {
  if (meta?.failure === true) return;
  if (level === "error") console.error(`[jobs] ${message}`);
  else if (level === "warning") console.warn(`[jobs] ${message}`);
});
