import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { enqueueMail } from "@/lib/mail/outbox";
import { startOutboxWorker, type OutboxWorker } from "@/lib/mail/outbox-worker";
import { SMTP_POOL_CONNECTIONS } from "@/lib/mail/smtp-transport";
import { passwordResetMail, smtpTransports } from "../fixtures/mail";

/**
 * The mail server goes away and comes back while the worker keeps running: the fault that once
 * left 50 messages unsent for five minutes, until Next.js was restarted.
 */

let dir: string;
let smtp: DevSmtpServer | undefined;
let worker: OutboxWorker | undefined;
const transports = smtpTransports();

const smtpTransport = transports.open;

async function receivedCount(): Promise<number> {
  return (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(".eml")).length;
}

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany({});
  dir = await mkdtemp(path.join(tmpdir(), "vigil-mail-recovery-"));
  // Failures and recoveries are logged by design; keep the output readable.
  vi.spyOn(console, "info").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  transports.closeAll();
  await smtp?.close();
  smtp = undefined;
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe("mail after the mail server was down", () => {
  it("is sent by the running worker, without a restart, once the mail server is back, after more failed connections than the pool has slots", async () => {
    smtp = await startDevSmtpServer({ dir, log: () => undefined });
    const port = smtp.port;
    const transport = smtpTransport(smtp.url);
    worker = startOutboxWorker({ transport, intervalMs: 100 });
    await smtp.close();
    smtp = undefined;

    // Twice as many sends as the pool has connections, each refused.
    const count = SMTP_POOL_CONNECTIONS * 2;
    for (let i = 0; i < count; i++)
      await enqueueMail(prisma, passwordResetMail(`down-${i}@example.org`));
    await vi.waitFor(
      async () =>
        expect(await prisma.outboxMessage.count({ where: { attempts: { gte: 1 } } })).toBe(count),
      { timeout: 15_000, interval: 100 },
    );

    smtp = await startDevSmtpServer({ dir, port, log: () => undefined });
    const restartedAt = Date.now();

    // The first retry comes 5 s after a failure; 20 s leaves room for a loaded machine.
    await vi.waitFor(
      async () => {
        expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0);
        expect(await receivedCount()).toBe(count);
      },
      { timeout: 20_000, interval: 200 },
    );
    expect(Date.now() - restartedAt).toBeLessThan(20_000);
  });
});
