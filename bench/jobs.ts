/**
 * Throughput of the job queue (graphile-worker, lib/jobs) for a mail-like job, beside the mail
 * outbox's worker (bench/mail.ts), in one run on one machine: the same `signature.confirm`
 * e-mails to the same local SMTP server, each checked to have arrived exactly once. It answers
 * whether mail should move onto the queue (issue 16: only if the queue is not slower).
 *
 *   npm run bench:jobs   (-- --messages 5000 --concurrency 4)
 *
 * Outbox: the rows are written first, then the real outbox worker sends them (4 SMTP lanes).
 * Queue: one job per message is added first (add_jobs, in batches), then a runner with the
 * app's settings (lib/jobs/job-runner.ts, its task wrapper recording each outcome) sends them,
 * `--concurrency` jobs at a time on the same pooled SMTP transport. Both are timed from the
 * worker's start to the last message accepted. Adding the jobs is not timed; note that a job
 * would be one more statement per signature, where the outbox row is written by the signature's
 * own INSERT.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startJobRunner } from "@/lib/jobs/job-runner";
import { wrapJobHandler } from "@/lib/jobs/job-task-list";
import { createJobQueuePool } from "@/lib/jobs/queue-pool";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";
import { startDevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { MAIL_PAYLOAD_SCHEMAS } from "@/lib/mail/mail-kinds";
import { outboxMessageId } from "@/lib/mail/message-id";
import { startOutboxWorker } from "@/lib/mail/outbox-worker";
import { renderMail } from "@/lib/mail/render-mail";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { createPrismaClient } from "@/lib/postgres/client";
import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { copiesByRecipient } from "./lib/received-mail";

const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "5000" },
    concurrency: { type: "string", default: "4" },
  },
});
const count = Number(values.messages);
const concurrency = Number(values.concurrency);
const payload = MAIL_PAYLOAD_SCHEMAS["signature.confirm"].parse({
  name: "Bench Signer",
  letterTitle: "Free Kazakhstan's political prisoners",
  confirmUrl: "https://vigil.example/en/letters/free/confirm?token=abcdefghijklmnop",
  withdrawUrl: "https://vigil.example/en/letters/free/withdraw?token=qrstuvwxyz012345",
  expiresAt: "2026-12-01T18:30:00.000Z",
});

const database = await openThrowawayDatabase("bench");
const prisma = createPrismaClient(database.url);
const pool = createJobQueuePool(database.url);
const dirs: string[] = [];
try {
  await migrateAndSeedIfEmpty(database.url);
  const outbox = await benchOutbox();
  const queue = await benchQueue();
  console.log("");
  console.log(`| ${count} signature.confirm e-mails | seconds | messages/s | check |`);
  console.log("| --- | ---: | ---: | --- |");
  for (const [name, result] of [
    ["mail outbox (4 SMTP lanes)", outbox],
    [`job queue (concurrency ${concurrency})`, queue],
  ] as const) {
    console.log(
      `| ${name} | ${result.seconds.toFixed(1)} | ${(count / result.seconds).toFixed(1)} | ${result.check} |`,
    );
  }
  console.log(`queue / outbox: ${(outbox.seconds / queue.seconds).toFixed(2)}`);
} finally {
  await pool.end();
  await prisma.$disconnect();
  await database.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}

interface Result {
  seconds: number;
  check: string;
}

async function withSmtp(run: (url: string, dir: string) => Promise<number>, marker: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "vigil-bench-jobs-"));
  dirs.push(dir);
  const smtp = await startDevSmtpServer({ dir, log: () => undefined });
  try {
    const seconds = await run(smtp.url, dir);
    return { seconds, check: await checkEachReceivedOnce(dir, marker) };
  } finally {
    await smtp.close();
  }
}

async function benchOutbox(): Promise<Result> {
  const marker = `outbox${Date.now().toString(36)}`;
  return withSmtp(async (url) => {
    const nextAttemptAt = new Date();
    for (let from = 0; from < count; from += 1000) {
      await prisma.outboxMessage.createMany({
        data: Array.from({ length: Math.min(1000, count - from) }, (_, i) => ({
          kind: "signature.confirm",
          to: `${marker}-${from + i}@bench.example.org`,
          locale: "en",
          payload,
          nextAttemptAt,
        })),
      });
    }
    const transport = createSmtpTransport(url, "Vigil <no-reply@vigil.local>");
    const started = Date.now();
    const worker = startOutboxWorker({ db: prisma, transport });
    try {
      while ((await prisma.outboxMessage.count({ where: { sentAt: null } })) > 0) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      worker.stop();
      transport.close();
    }
    const { _max } = await prisma.outboxMessage.aggregate({ _max: { sentAt: true } });
    return ((_max.sentAt?.getTime() ?? Date.now()) - started) / 1000;
  }, marker);
}

async function benchQueue(): Promise<Result> {
  const marker = `queue${Date.now().toString(36)}`;
  const kind = "bench.mail";
  return withSmtp(async (url) => {
    const transport = createSmtpTransport(url, "Vigil <no-reply@vigil.local>");
    let lastSentAt = 0;
    const sendMail = wrapJobHandler(
      pool,
      kind,
      (raw) => raw as { to: string; n: number },
      async (job) => {
        const { to, n } = job as { to: string; n: number };
        const rendered = await renderMail({ kind: "signature.confirm", locale: "en", payload });
        await transport.send({
          ...rendered,
          kind: "signature.confirm",
          to,
          messageId: outboxMessageId(String(n)),
        });
        lastSentAt = Date.now();
      },
    );
    // Installs the queue, with nothing to run yet: adding jobs below needs its schema.
    const installer = await startJobRunner({ pool, taskList: {}, schedules: [] });
    await installer.stop();
    for (let from = 0; from < count; from += 1000) {
      await pool.query(
        `SELECT ${JOB_QUEUE_SCHEMA}.add_jobs(array_agg(
           ROW($1, json_build_object('to', $2 || '-' || n || '@bench.example.org', 'n', n),
               NULL, NULL, NULL, NULL, NULL, NULL)::${JOB_QUEUE_SCHEMA}.job_spec))
         FROM generate_series($3::int, $4::int) AS n`,
        [kind, marker, from, Math.min(count, from + 1000) - 1],
      );
    }
    const started = Date.now();
    const runner = await startJobRunner({
      pool,
      taskList: { [kind]: sendMail },
      schedules: [],
      concurrency,
    });
    try {
      for (;;) {
        const { rows } = await pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${JOB_QUEUE_SCHEMA}._private_jobs`,
        );
        if (rows[0]!.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await runner.stop();
      transport.close();
    }
    return (lastSentAt - started) / 1000;
  }, marker);
}

/** Each recipient of this part received exactly one message (the To header of each .eml). */
async function checkEachReceivedOnce(dir: string, marker: string): Promise<string> {
  const copies = await copiesByRecipient(dir);
  let missing = 0;
  for (let n = 0; n < count; n++) if (!copies.has(`${marker}-${n}@bench.example.org`)) missing++;
  const twice = [...copies.values()].filter((times) => times > 1).length;
  const ok = missing === 0 && twice === 0;
  if (!ok) process.exitCode = 1;
  return `${missing} missing, ${twice} twice ${ok ? "OK" : "FAILED"}`;
}
