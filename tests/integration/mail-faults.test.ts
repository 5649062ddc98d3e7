import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readOutboxState } from "@/lib/mail/delivery-state";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { outboxMessageId } from "@/lib/mail/message-id";
import { enqueueMail } from "@/lib/mail/outbox";
import { drainOutboxOnce, startOutboxWorker, type OutboxWorker } from "@/lib/mail/outbox-worker";
import { SMTP_POOL_CONNECTIONS } from "@/lib/mail/smtp-transport";
import { createPrismaClient } from "@/lib/postgres/client";
import { passwordResetMail, smtpTransports } from "../fixtures/mail";

/**
 * Faults while mail is being sent: a mail server that never answers, a tick that hangs, the
 * database dropping between "accepted by the mail server" and "recorded as sent", and a process
 * that dies there. Real SMTP servers, a real PostgreSQL behind a real TCP proxy that the tests cut.
 */

let dir: string;
let smtp: DevSmtpServer | undefined;
let worker: OutboxWorker | undefined;
const transports = smtpTransports();
const closers: (() => Promise<unknown> | void)[] = [];

const smtpTransport = transports.open;

/** The Message-ID of every message received so far, one entry per message. */
async function receivedMessageIds(): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(".eml"));
  const raws = await Promise.all(names.map((name) => readFile(path.join(dir, name), "utf8")));
  return raws.map((raw) => /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? "(none)");
}

function duplicatesOf(ids: string[]): number {
  return ids.length - new Set(ids).size;
}

/** A TCP server that accepts connections and never says a word: a hung mail server. */
async function startSilentServer(): Promise<string> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  return `smtp://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
}

/**
 * A TCP proxy in front of the test database: `cut()` drops every open connection and refuses new
 * ones (the database has gone away, as far as the client can tell) until `restore()`.
 */
async function startDatabaseProxy() {
  const target = new URL(env.DATABASE_URL!);
  const open = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    client.on("error", () => undefined);
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.pipe(upstream).pipe(client);
    open.add(client).add(upstream);
    client.on("close", () => open.delete(client).valueOf() && open.delete(upstream));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  const proxy = {
    url: url.href,
    cut() {
      cut = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore() {
      cut = false;
    },
  };
  closers.push(() => {
    proxy.cut();
    server.close();
  });
  return proxy;
}

/** A Prisma client through the proxy, disconnected after the test. */
function clientThrough(url: string): PrismaClient {
  const client = createPrismaClient(url, 4);
  closers.push(() => client.$disconnect());
  return client;
}

/**
 * The real SMTP transport, with a fault injected right after the server accepted the `nth`
 * message: at the worst moment, between "accepted" and "recorded as sent".
 */
function faultAfterAccepted(real: MailTransport, nth: number, fault: () => void): MailTransport {
  let accepted = 0;
  return {
    description: real.description,
    async send(mail) {
      await real.send(mail);
      accepted += 1;
      if (accepted === nth) fault();
    },
  };
}

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany({});
  await prisma.mailDeliveryState.deleteMany({});
  dir = await mkdtemp(path.join(tmpdir(), "vigil-mail-faults-"));
  // Failures, outages and recoveries are logged by design; keep the output readable.
  vi.spyOn(console, "info").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  transports.closeAll();
  for (const close of closers.splice(0).reverse()) await close();
  await smtp?.close();
  smtp = undefined;
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe("a mail server that accepts the connection and never answers", () => {
  it("does not hold the drain: the send times out, counts as failed and is retried later", async () => {
    const transport = smtpTransport(await startSilentServer());
    const id = await enqueueMail(prisma, passwordResetMail("silent@example.org"));
    const started = Date.now();

    const result = await drainOutboxOnce({ transport, sendTimeoutMs: 1_000 });

    expect(result).toEqual({ claimed: 1, sent: 0, failed: 1 });
    // The send timeout, well before nodemailer's own 10 s greeting timeout.
    expect(Date.now() - started).toBeLessThan(5_000);
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/No answer from the mail server within 1000 ms/);
    expect(row.lastFailedAt).toBeInstanceOf(Date);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    const state = await readOutboxState(prisma);
    expect(state.lastErrorKind).toBe("timeout");
    expect(state.failingSince).toBeInstanceOf(Date);
  });
});

describe("the outbox worker's watchdog", () => {
  it("gives up on a tick that has not completed in time, logs it once, and sends with a fresh transport", async () => {
    smtp = await startDevSmtpServer({ dir, log: () => undefined });
    const silent = await startSilentServer();
    const made: string[] = [];
    // The first transport goes to the hung server; the watchdog's fresh one to a working one.
    const createTransport = () => {
      const url = made.length === 0 ? silent : smtp!.url;
      made.push(url);
      return smtpTransport(url);
    };
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const stuck = await enqueueMail(prisma, passwordResetMail("stuck@example.org"));
    worker = startOutboxWorker({
      createTransport,
      intervalMs: 50,
      tickTimeoutMs: 1_500,
      // Longer than the watchdog: only the watchdog can free the worker here.
      sendTimeoutMs: 60_000,
      alert: { directTransport: null },
    });
    // The first message is in flight on the hung server (claimed, its lease running).
    await vi.waitFor(
      async () => {
        const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: stuck } });
        expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
      },
      { timeout: 10_000, interval: 50 },
    );

    const next = await enqueueMail(prisma, passwordResetMail("next@example.org"));

    await vi.waitFor(
      async () => {
        const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: next } });
        expect(row.sentAt).toBeInstanceOf(Date);
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(made).toEqual([silent, smtp.url]);
    const stallLogs = errors.mock.calls.filter(([line]) => /has not completed/.test(String(line)));
    expect(stallLogs).toHaveLength(1);
    // The hung send fails by nodemailer's greeting timeout (10 s); the retry goes out fresh.
    await vi.waitFor(
      async () => {
        const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: stuck } });
        expect(row.sentAt).toBeInstanceOf(Date);
      },
      { timeout: 40_000, interval: 200 },
    );
    expect(await receivedMessageIds()).toHaveLength(2);
  });
});

describe("the database dropping while mail is sent", () => {
  it("sends every message exactly once across a database blip right after the mail server accepted one", async () => {
    smtp = await startDevSmtpServer({ dir, log: () => undefined });
    const proxy = await startDatabaseProxy();
    const db = clientThrough(proxy.url);
    const count = 20;
    const ids: string[] = [];
    for (let i = 0; i < count; i++)
      ids.push(await enqueueMail(prisma, passwordResetMail(`blip-${i}@example.org`)));
    // The blip (1.5 s) is shorter than the lease (3 s here): nothing may be sent twice.
    const transport = faultAfterAccepted(smtpTransport(smtp.url), 5, () => {
      proxy.cut();
      setTimeout(() => proxy.restore(), 1_500);
    });

    worker = startOutboxWorker({ db, transport, intervalMs: 50, leaseMs: 3_000 });

    await vi.waitFor(
      async () => expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0),
      { timeout: 30_000, interval: 100 },
    );
    // Past the lease of every claim: a late second copy would have been sent by now.
    await sleep(3_500);
    const received = await receivedMessageIds();
    expect(duplicatesOf(received)).toBe(0);
    expect(received.sort()).toEqual(ids.map(outboxMessageId).sort());
  });

  it("sends the claimed messages it had not started soon after a blip, not at the end of their lease", async () => {
    smtp = await startDevSmtpServer({ dir, log: () => undefined });
    const proxy = await startDatabaseProxy();
    const db = clientThrough(proxy.url);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++)
      ids.push(await enqueueMail(prisma, passwordResetMail(`handback-${i}@example.org`)));
    const transport = faultAfterAccepted(smtpTransport(smtp.url), 5, () => {
      proxy.cut();
      setTimeout(() => proxy.restore(), 1_500);
    });

    // A lease of a minute, as in production (two): the rest of the batch must not wait for it.
    worker = startOutboxWorker({ db, transport, intervalMs: 50, leaseMs: 60_000 });

    await vi.waitFor(
      async () => expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0),
      { timeout: 20_000, interval: 100 },
    );
    const received = await receivedMessageIds();
    expect(duplicatesOf(received)).toBe(0);
    expect(received.sort()).toEqual(ids.map(outboxMessageId).sort());
  });

  it("sends at most the messages in flight twice when the process dies right after the mail server accepted one", async () => {
    smtp = await startDevSmtpServer({ dir, log: () => undefined });
    const proxy = await startDatabaseProxy();
    const db = clientThrough(proxy.url);
    const count = 20;
    const ids: string[] = [];
    for (let i = 0; i < count; i++)
      ids.push(await enqueueMail(prisma, passwordResetMail(`crash-${i}@example.org`)));
    let crashed = false;
    const transport = faultAfterAccepted(smtpTransport(smtp.url), 5, () => {
      // The database is gone for this process, which then dies with what it held in memory.
      proxy.cut();
      crashed = true;
    });
    worker = startOutboxWorker({ db, transport, intervalMs: 50, leaseMs: 3_000 });
    await vi.waitFor(() => expect(crashed).toBe(true), { timeout: 15_000 });
    await sleep(500);
    worker.stop();

    // Another process takes over once the leases of the dead one's claims run out.
    worker = startOutboxWorker({
      transport: smtpTransport(smtp.url),
      intervalMs: 50,
      leaseMs: 3_000,
    });

    await vi.waitFor(
      async () => expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0),
      { timeout: 30_000, interval: 100 },
    );
    const received = await receivedMessageIds();
    expect(new Set(received)).toEqual(new Set(ids.map(outboxMessageId)));
    // Only a message accepted but not yet recorded is sent again: at most one per lane.
    expect(duplicatesOf(received)).toBeGreaterThan(0);
    expect(duplicatesOf(received)).toBeLessThanOrEqual(SMTP_POOL_CONNECTIONS);
  });
});
