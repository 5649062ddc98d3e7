import type pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { requireDatabaseUrl } from "@/lib/env";
import { installJobQueue } from "@/lib/jobs/install-queue";
import { startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { wrapJobHandler } from "@/lib/jobs/job-task-list";
import { createJobQueuePool } from "@/lib/jobs/queue-pool";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";

/**
 * A failed job's log line names the job, the attempt and the error's class and code, never the
 * error's message: an SMTP refusal or a database error may quote a signer's address. The job runs
 * on the real queue (graphile-worker on the run's PostgreSQL), whose own logger writes too.
 */

const ADDRESS = "signer@example.org";

let pool: pg.Pool;
let runner: JobRunner | undefined;
let logged = "";

beforeAll(async () => {
  pool = createJobQueuePool(requireDatabaseUrl());
  await installJobQueue(pool);
});

afterEach(async () => {
  await runner?.stop();
  runner = undefined;
  vi.restoreAllMocks();
});

afterAll(async () => {
  await pool.end();
});

/** Everything written through console and straight to stdout/stderr (lib/logging/log.ts). */
function captureLogs() {
  logged = "";
  const keep = (...parts: unknown[]) => {
    logged += `${parts.map(String).join(" ")}\n`;
  };
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation(keep);
  }
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
      keep(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString());
      return true;
    });
  }
}

/** Queues one job of `kind` with a single attempt and waits until that attempt has failed. */
async function runFailingJob(kind: string, error: () => Error): Promise<void> {
  runner = await startJobRunner({
    pool,
    pollIntervalMs: 200,
    schedules: [],
    taskList: {
      [kind]: wrapJobHandler(
        pool,
        kind,
        (payload) => payload,
        async () => {
          throw error();
        },
      ),
    },
  });
  const { rows } = await pool.query<{ id: string }>(
    `SELECT (${JOB_QUEUE_SCHEMA}.add_job($1, '{}'::json, max_attempts => 1)).id::text AS id`,
    [kind],
  );
  for (const deadline = Date.now() + 15_000; ;) {
    const { rows: state } = await pool.query<{ failed: boolean }>(
      `SELECT attempts >= 1 AND locked_at IS NULL AS failed FROM ${JOB_QUEUE_SCHEMA}.jobs WHERE id = $1`,
      [rows[0]!.id],
    );
    if (state[0]?.failed) return;
    if (Date.now() > deadline) throw new Error("The job did not fail in time.");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a failed job's log line", () => {
  it("names the job, the attempt and the error's class, not its message", async () => {
    const kind = `test.mail-refused.${Date.now()}`;
    captureLogs();

    await runFailingJob(kind, () => new Error(`550 mailbox unavailable: ${ADDRESS}`));

    expect(logged).toContain(`[jobs] ${kind} failed (attempt 1 of 1, other): Error`);
    expect(logged).not.toContain(ADDRESS);
    expect(logged).not.toContain("mailbox unavailable");
  });

  it("names a database error by its code, not the value it quotes", async () => {
    const kind = `test.unique-violation.${Date.now()}`;
    captureLogs();

    await runFailingJob(kind, () =>
      Object.assign(new Error(`Unique constraint failed: (email)=(${ADDRESS})`), {
        name: "PrismaClientKnownRequestError",
        code: "P2002",
      }),
    );

    expect(logged).toContain(
      `${kind} failed (attempt 1 of 1, other): PrismaClientKnownRequestError P2002`,
    );
    expect(logged).not.toContain(ADDRESS);
  });
});
