import type { ChildProcess } from "node:child_process";
import { hasExited, signalExitCode } from "./next-process";

/**
 * Keeps the web server running under the launcher (scripts/start.ts): when the child process dies
 * without being asked to (a crash, an out-of-memory kill, `kill -9`, or the server stopping itself
 * because the database changed under it), it says so with the reason and starts a new one, a few
 * times; when it keeps dying (`maxRestarts` within `windowMs`), it gives up so that the launcher
 * stops PostgreSQL and the mail server cleanly and exits non-zero, instead of serving nothing.
 * The same in every mode (demo, --dev, --test): a dead server is never what anyone wants, and the
 * bound keeps a broken build from restarting forever.
 */

export interface SupervisorOptions {
  /** Starts a web server process. */
  start: () => ChildProcess;
  /** Restarts allowed within `windowMs` before giving up (default 3). */
  maxRestarts?: number;
  /** The window of `maxRestarts` (default 5 minutes). */
  windowMs?: number;
  /** Wait before a restart, times the restart's number in the window (default 1 s). */
  backoffMs?: number;
  /** Resolves once a (re)started server answers; false if it never does. */
  waitUntilReady?: (child: ChildProcess) => Promise<boolean>;
  /** One line for the operator. */
  say: (message: string) => void;
  /** The server keeps dying: `exitCode` is the launcher's exit code (never 0). */
  giveUp: (exitCode: number) => void;
}

export interface Supervisor {
  /** The server process running now. */
  readonly current: ChildProcess;
  /** Restarts so far. */
  readonly restarts: number;
  /** No restarts from now on (the launcher is stopping the server itself). */
  stopSupervising(): void;
}

/** "exit code 1", "signal SIGKILL". */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `signal ${signal}`;
  return `exit code ${code ?? "unknown"}`;
}

export function superviseWebServer(options: SupervisorOptions): Supervisor {
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.windowMs ?? 5 * 60_000;
  const backoffMs = options.backoffMs ?? 1_000;
  const recentRestarts: number[] = [];
  let supervising = true;
  let restarts = 0;
  let current = options.start();

  const watch = (child: ChildProcess) => {
    child.once("exit", (code, signal) => {
      if (!supervising) return;
      const reason = describeExit(code, signal);
      const now = Date.now();
      while (recentRestarts.length > 0 && now - recentRestarts[0]! > windowMs)
        recentRestarts.shift();
      if (recentRestarts.length >= maxRestarts) {
        supervising = false;
        options.say(
          `The web server stopped (${reason}) after ${maxRestarts} restarts within ${Math.round(windowMs / 1000)} s; giving up.`,
        );
        const exitCode = signal ? signalExitCode(signal) : code || 1;
        options.giveUp(exitCode);
        return;
      }
      recentRestarts.push(now);
      restarts += 1;
      const attempt = recentRestarts.length;
      options.say(
        `The web server stopped unexpectedly (${reason}); restarting it (${attempt} of ${maxRestarts} within ${Math.round(windowMs / 1000)} s)…`,
      );
      setTimeout(() => {
        if (!supervising) return;
        current = options.start();
        watch(current);
        const started = current;
        void options.waitUntilReady?.(started).then((ready) => {
          if (ready && !hasExited(started) && supervising) {
            options.say("The web server is running again.");
          }
        });
      }, backoffMs * attempt);
    });
  };
  watch(current);

  return {
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    stopSupervising() {
      supervising = false;
    },
  };
}
