import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { enqueueMail } from "@/lib/mail/outbox";
import { startOutboxWorker, type OutboxWorker } from "@/lib/mail/outbox-worker";
import { createSmtpTransport, type SmtpTransport } from "@/lib/mail/smtp-transport";
import { createPrismaClient } from "@/lib/postgres/client";

let dir: string;
let smtp: DevSmtpServer;
let worker: OutboxWorker | undefined;
let transport: SmtpTransport | undefined;

/** A pooled transport to the test's server, closed after the test. */
function smtpTransport(): SmtpTransport {
  transport = createSmtpTransport(smtp.url, "Vigil <a@b.c>");
  return transport;
}

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany({});
  dir = await mkdtemp(path.join(tmpdir(), "vigil-mail-worker-"));
  smtp = await startDevSmtpServer({ dir, log: () => undefined });
  vi.spyOn(console, "info").mockImplementation(() => undefined);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  transport?.close();
  transport = undefined;
  vi.restoreAllMocks();
  await smtp.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the outbox worker", () => {
  it("sends a queued e-mail by itself, without anyone draining the outbox", async () => {
    worker = startOutboxWorker({ transport: smtpTransport() });
    const id = await enqueueMail(prisma, {
      kind: "auth.password_reset",
      to: "vera@example.org",
      locale: "ru",
      payload: {
        name: "Вера",
        resetUrl: "https://vigil.example/ru/password-reset/abc",
        expiresAt: "2026-12-01T18:30:00.000Z",
      },
    });

    await vi.waitFor(
      async () => {
        expect(await readdir(dir)).toHaveLength(1);
        const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
        expect(row.sentAt).not.toBeNull();
      },
      { timeout: 15_000, interval: 100 },
    );
  });

  it("keeps polling while the database is unreachable, without throwing and logging the problem once", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const unreachable = createPrismaClient("postgresql://vigil@127.0.0.1:9/nowhere", 1);
    let polls = 0;
    const counted = new Proxy(unreachable, {
      get(target, property, receiver) {
        if (property === "$queryRaw") polls += 1;
        return Reflect.get(target, property, receiver);
      },
    });

    worker = startOutboxWorker({
      db: counted,
      transport: smtpTransport(),
      intervalMs: 20,
    });
    // Three polls (the pauses between them grow: 40, 80 ms …); slow on a loaded machine.
    await vi.waitFor(() => expect(polls).toBeGreaterThanOrEqual(3), { timeout: 20_000 });

    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0]?.[0]).toMatch(/could not drain the outbox; retrying/);
    await unreachable.$disconnect();
  });

  it("runs once per process: a second start returns the running worker", () => {
    const pooled = smtpTransport();
    worker = startOutboxWorker({ transport: pooled });

    expect(startOutboxWorker({ transport: pooled })).toBe(worker);
  });
});
