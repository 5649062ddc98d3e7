import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/env";
import { appTaskList } from "@/lib/jobs/app-task-list";
import { installJobQueue } from "@/lib/jobs/install-queue";
import { startJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { createJobQueuePool } from "@/lib/jobs/queue-pool";
import { JOB_OUTCOMES_SCHEMA, JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";
import { confirmSignature } from "@/lib/signing/confirm-signature";
import { submitSignature } from "@/lib/signing/record-signature";
import {
  createPetition,
  latestMailLinks,
  ORIGIN,
  randomIp,
  signForm,
  uniqueEmail,
} from "../fixtures/signing";

/**
 * The app's own schedule (lib/jobs/job-schedules.ts) on two instances: the daily retention
 * anonymisation that no instance ran at its time (all were down at 03:17) runs once when both
 * start, and anonymises what it must.
 */

let pools: pg.Pool[] = [];
let runners: JobRunner[] = [];

beforeAll(() => {
  pools = [createJobQueuePool(requireDatabaseUrl()), createJobQueuePool(requireDatabaseUrl())];
});

afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop()));
  await Promise.all(pools.map((pool) => pool.end()));
});

async function succeededRuns(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ succeeded: number }>(
    `SELECT succeeded FROM ${JOB_OUTCOMES_SCHEMA}.outcomes WHERE kind = 'signatures.anonymise'`,
  );
  return rows[0]?.succeeded ?? 0;
}

describe("the retention schedule on two instances", () => {
  it("runs a missed daily anonymisation once when both instances start", async () => {
    const petition = await createPetition("jobs-retention");
    const email = uniqueEmail("jobs-retention");
    await submitSignature(signForm(petition, { email }), {
      slug: petition.slug,
      clientIp: randomIp(),
      origin: ORIGIN,
    });
    await confirmSignature(petition.slug, (await latestMailLinks(email)).confirmToken!);
    await prisma.letter.update({ where: { id: petition.id }, data: { state: "CLOSED" } });
    await prisma.$executeRaw`UPDATE "Letter" SET "updatedAt" = now() - interval '400 days' WHERE "id" = ${petition.id}`;

    // The schedule has been known for days and last ran two days ago: the 03:17 of the last 24
    // hours was missed and is within the backfill period.
    const [poolA, poolB] = pools as [pg.Pool, pg.Pool];
    await installJobQueue(poolA);
    await poolA.query(
      `INSERT INTO ${JOB_QUEUE_SCHEMA}._private_known_crontabs (identifier, known_since, last_execution)
       VALUES ('signatures.anonymise', now() - interval '3 days', now() - interval '2 days')
       ON CONFLICT (identifier) DO UPDATE SET known_since = excluded.known_since,
         last_execution = excluded.last_execution`,
    );
    const before = await succeededRuns(poolA);

    runners = await Promise.all(
      [poolA, poolB].map((pool) =>
        startJobRunner({ pool, taskList: appTaskList(pool), pollIntervalMs: 200 }),
      ),
    );
    const deadline = Date.now() + 15_000;
    while ((await succeededRuns(poolA)) === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Time for a second run, if the schedule were not once per cluster.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    expect((await succeededRuns(poolA)) - before).toBe(1);
    const signature = await prisma.signature.findFirstOrThrow({
      where: { letterId: petition.id },
    });
    expect(signature).toMatchObject({ email: null, name: null });
    expect(signature.anonymisedAt).not.toBeNull();
  });
});
