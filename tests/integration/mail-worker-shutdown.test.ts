import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { runShutdownHooks } from "@/lib/lifecycle/shutdown";
import { enqueueMail } from "@/lib/mail/outbox";
import { startOutboxWorker, type OutboxWorker } from "@/lib/mail/outbox-worker";
import { createSmtpTransport, type SmtpTransport } from "@/lib/mail/smtp-transport";
import { passwordResetMail } from "../fixtures/mail";

/**
 * A real SMTP server that receives each message whole, then holds its answer until the test
 * releases it: a send in flight for as long as the test likes.
 */
async function startHoldingSmtpServer() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () => {
        received += 1;
        void released.then(() => callback());
      });
    },
  });
  const port = await new Promise<number>((resolve) => {
    const net = server.listen(0, "127.0.0.1", () => resolve((net.address() as AddressInfo).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    release,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let smtp: Awaited<ReturnType<typeof startHoldingSmtpServer>>;
let transport: SmtpTransport;
let worker: OutboxWorker | undefined;

function queueMail(to: string): Promise<string> {
  return enqueueMail(prisma, passwordResetMail(to));
}

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany({});
  smtp = await startHoldingSmtpServer();
  transport = createSmtpTransport(smtp.url, "Vigil <a@b.c>");
  vi.spyOn(console, "info").mockImplementation(() => undefined);
});

afterEach(async () => {
  smtp.release();
  await worker?.stop();
  worker = undefined;
  transport.close();
  vi.restoreAllMocks();
  await smtp.close();
});

describe("the outbox worker at shutdown (lib/lifecycle/shutdown.ts)", () => {
  it("lets a send in flight finish and records it as sent, and starts no other", async () => {
    worker = startOutboxWorker({ transport, intervalMs: 50 });
    const inFlight = await queueMail("vera@example.org");
    await vi.waitFor(() => expect(smtp.received()).toBe(1), { timeout: 10_000, interval: 20 });

    let stopped = false;
    const stopping = runShutdownHooks(Date.now() + 10_000).then((outcome) => {
      stopped = true;
      return outcome;
    });
    const queuedDuringStop = await queueMail("later@example.org");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stopped, "the stop waits for the mail server's answer").toBe(false);
    smtp.release();

    expect(await stopping).toEqual({ unfinished: [], failed: [] });
    const rows = await prisma.outboxMessage.findMany({
      where: { id: { in: [inFlight, queuedDuringStop] } },
    });
    const sentAt = new Map(rows.map((row) => [row.id, row.sentAt]));
    expect(sentAt.get(inFlight), "the send in flight, recorded").not.toBeNull();
    expect(
      sentAt.get(queuedDuringStop),
      "a mail queued once stopping: left for the next",
    ).toBeNull();
    expect(smtp.received()).toBe(1);
  });

  it("names the worker as unfinished when its send outlasts the bound", async () => {
    worker = startOutboxWorker({ transport, intervalMs: 50 });
    await queueMail("vera@example.org");
    await vi.waitFor(() => expect(smtp.received()).toBe(1), { timeout: 10_000, interval: 20 });

    const outcome = await runShutdownHooks(Date.now() + 300);

    expect(outcome).toEqual({ unfinished: ["mail outbox worker"], failed: [] });
  });
});
