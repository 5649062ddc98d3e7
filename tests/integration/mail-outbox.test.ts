import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { createFolderTransport } from "@/lib/mail/folder-transport";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { enqueueMail, type MailMessage } from "@/lib/mail/outbox";
import { OUTBOX_LEASE_MS } from "@/lib/mail/outbox-drain";
import { drainOutboxOnce } from "@/lib/mail/outbox-worker";
import { createSmtpTransport, type SmtpTransport } from "@/lib/mail/smtp-transport";

const FROM = "Vigil <no-reply@vigil.local>";

function confirmMail(to: string): MailMessage {
  return {
    kind: "signature.confirm",
    to,
    locale: "en",
    payload: {
      name: "Anna Ivanova",
      letterTitle: "Free them all",
      confirmUrl: "https://vigil.example/en/letters/free/confirm?token=abc",
      withdrawUrl: "https://vigil.example/en/letters/free/withdraw?token=def",
      expiresAt: "2026-12-01T18:30:00.000Z",
    },
  };
}

let dir: string;
let smtp: DevSmtpServer | undefined;
/** Pooled transports keep connections open: closed after each test. */
let transports: SmtpTransport[] = [];

function smtpTransport(url: string): SmtpTransport {
  const transport = createSmtpTransport(url, FROM);
  transports.push(transport);
  return transport;
}

async function received(): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(".eml"));
  return names.sort().map((name) => path.join(dir, name));
}

/** The one message received so far (and a failed expectation when there is not exactly one). */
async function onlyReceived(): Promise<Buffer> {
  const files = await received();
  expect(files).toHaveLength(1);
  return readFile(files[0] ?? "");
}

async function startSmtp(port?: number): Promise<MailTransport> {
  smtp = await startDevSmtpServer({ dir, port, log: () => undefined });
  return smtpTransport(smtp.url);
}

/** The recipients of the messages received so far, one entry per message. */
async function receivedRecipients(): Promise<string[]> {
  const parsed = await Promise.all(
    (await received()).map(async (file) => (await simpleParser(await readFile(file))).to),
  );
  return parsed.flatMap((to) => [to ?? []].flat().map((group) => group.text)).sort();
}

/**
 * A real SMTP server that, while `refusing`, answers some recipients with a temporary error (as a
 * greylisting server does), and keeps the recipient of each message it accepts.
 */
async function startGreylistingServer(refuse: (to: string) => boolean) {
  const accepted: string[] = [];
  let refusing = true;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refusing && refuse(address.address)) {
        callback(Object.assign(new Error("Greylisted, try again later"), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        accepted.push(...session.envelope.rcptTo.map((recipient) => recipient.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    stopRefusing() {
      refusing = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Lets time pass for the outbox: everything pending becomes due now. */
function makeEverythingDue() {
  return prisma.outboxMessage.updateMany({
    where: { sentAt: null },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });
}

beforeAll(() => {
  // Failures are logged by design; keep the test output readable.
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterAll(() => {
  vi.restoreAllMocks();
});

beforeEach(async () => {
  // The outbox is one queue for the whole database: start every test from an empty one.
  await prisma.outboxMessage.deleteMany({});
  dir = await mkdtemp(path.join(tmpdir(), "vigil-mail-"));
});

afterEach(async () => {
  for (const transport of transports) transport.close();
  transports = [];
  await smtp?.close();
  smtp = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe("the mail outbox", () => {
  it("delivers a queued e-mail over SMTP and marks it sent", async () => {
    const transport = await startSmtp();
    const id = await enqueueMail(prisma, confirmMail("anna@example.org"));

    const result = await drainOutboxOnce({ transport });

    expect(result).toEqual({ claimed: 1, sent: 1, failed: 0 });
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.attempts).toBe(0);
    const mail = await simpleParser(await onlyReceived());
    expect(mail.subject).toBe("Confirm your signature: “Free them all”");
    expect(mail.headers.get("x-vigil-kind")).toBe("signature.confirm");
    expect(mail.text).toContain("https://vigil.example/en/letters/free/confirm?token=abc");
    expect(mail.html).toContain('href="https://vigil.example/en/letters/free/confirm?token=abc"');
  });

  it("writes the e-mail only if the caller's transaction commits", async () => {
    await prisma
      .$transaction(async (tx) => {
        await enqueueMail(tx, confirmMail("rolled-back@example.org"));
        throw new Error("the signature could not be saved");
      })
      .catch(() => undefined);

    expect(await prisma.outboxMessage.count()).toBe(0);
  });

  it("refuses a payload whose link is not a web link, writing nothing", async () => {
    const message = confirmMail("anna@example.org");
    if (message.kind !== "signature.confirm") throw new Error("unreachable");
    message.payload.confirmUrl = "javascript:alert(1)";

    await expect(enqueueMail(prisma, message)).rejects.toThrow();
    expect(await prisma.outboxMessage.count()).toBe(0);
  });

  it("retries after the mail server was down and then delivers exactly once", async () => {
    await startSmtp();
    const port = smtp!.port;
    await smtp!.close();
    smtp = undefined;
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    const id = await enqueueMail(prisma, confirmMail("down@example.org"));

    const whileDown = await drainOutboxOnce({ transport });

    expect(whileDown).toEqual({ claimed: 1, sent: 0, failed: 1 });
    const failed = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(failed.attempts).toBe(1);
    expect(failed.sentAt).toBeNull();
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    expect(failed.lastError).not.toContain("down@example.org");
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    await startSmtp(port);
    // Not before its retry time...
    expect(await drainOutboxOnce({ transport })).toEqual({ claimed: 0, sent: 0, failed: 0 });
    await makeEverythingDue();
    // ...then delivered, and only once.
    expect(await drainOutboxOnce({ transport })).toEqual({ claimed: 1, sent: 1, failed: 0 });
    await makeEverythingDue();
    expect(await drainOutboxOnce({ transport })).toEqual({ claimed: 0, sent: 0, failed: 0 });

    const delivered = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(delivered.sentAt).toBeInstanceOf(Date);
    expect(delivered.lastError).toBeNull();
    expect(await received()).toHaveLength(1);
  });

  it("never sends a message twice when several drains run at once", async () => {
    const transport = await startSmtp();
    const recipients = Array.from({ length: 30 }, (_, i) => `reader-${i}@example.org`);
    for (const to of recipients) await enqueueMail(prisma, confirmMail(to));

    let sent = 0;
    for (let round = 0; round < 10 && sent < recipients.length; round++) {
      const results = await Promise.all(
        Array.from({ length: 4 }, () => drainOutboxOnce({ transport, batchSize: 5 })),
      );
      sent += results.reduce((sum, result) => sum + result.sent, 0);
    }

    expect(sent).toBe(recipients.length);
    expect(await receivedRecipients()).toEqual([...recipients].sort());
    expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0);
  });

  it("sends a batch concurrently: the messages the mail server refuses are retried later, the others are marked sent once", async () => {
    const greylist = await startGreylistingServer((to) => to.startsWith("later-"));
    const transport = smtpTransport(greylist.url);
    try {
      // Refused messages spread through the batch, so they fail beside sends that succeed.
      const recipients = Array.from({ length: 12 }, (_, i) =>
        i % 4 === 1 ? `later-${i}@example.org` : `now-${i}@example.org`,
      );
      for (const to of recipients) await enqueueMail(prisma, confirmMail(to));
      const refused = recipients.filter((to) => to.startsWith("later-"));

      const first = await drainOutboxOnce({ transport });

      expect(first).toEqual({ claimed: 12, sent: 9, failed: 3 });
      expect([...greylist.accepted].sort()).toEqual(
        recipients.filter((to) => to.startsWith("now-")).sort(),
      );
      const waiting = await prisma.outboxMessage.findMany({
        where: { sentAt: null },
        orderBy: { to: "asc" },
      });
      expect(waiting.map((row) => row.to)).toEqual([...refused].sort());
      for (const row of waiting) {
        expect(row.attempts).toBe(1);
        expect(row.lastError).toMatch(/451/);
        expect(row.lastError).not.toContain("later-");
        expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      }
      expect(await prisma.outboxMessage.count({ where: { sentAt: { not: null } } })).toBe(9);

      greylist.stopRefusing();
      await makeEverythingDue();
      expect(await drainOutboxOnce({ transport })).toEqual({ claimed: 3, sent: 3, failed: 0 });
      expect([...greylist.accepted].sort()).toEqual([...recipients].sort());
    } finally {
      transport.close();
      await greylist.close();
    }
  });

  it("delivers every message once when the mail server restarts between two batches, cutting the pooled connections", async () => {
    const transport = await startSmtp();
    const port = smtp!.port;
    const before = Array.from({ length: 6 }, (_, i) => `before-${i}@example.org`);
    const after = Array.from({ length: 6 }, (_, i) => `after-${i}@example.org`);
    for (const to of before) await enqueueMail(prisma, confirmMail(to));
    expect(await drainOutboxOnce({ transport })).toEqual({ claimed: 6, sent: 6, failed: 0 });

    // The server goes away with the transport's connections still open, and comes back.
    await smtp!.close();
    smtp = await startDevSmtpServer({ dir, port, log: () => undefined });
    for (const to of after) await enqueueMail(prisma, confirmMail(to));
    // A send on a cut connection fails and waits for its retry; none is lost.
    for (let round = 0; round < 5; round++) {
      await makeEverythingDue();
      await drainOutboxOnce({ transport });
      if ((await prisma.outboxMessage.count({ where: { sentAt: null } })) === 0) break;
    }

    expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0);
    expect(await receivedRecipients()).toEqual([...before, ...after].sort());
  });

  it("hands back the messages it has not started once half the lease is used, and marks the sent ones", async () => {
    const real = await startSmtp();
    for (let i = 0; i < 10; i++) await enqueueMail(prisma, confirmMail(`slow-${i}@example.org`));
    let firstSend = true;
    // The first message takes (by the clock) more than half the lease.
    const slow: MailTransport = {
      description: "a slow mail server",
      async send(mail) {
        await real.send(mail);
        if (firstSend) vi.setSystemTime(Date.now() + OUTBOX_LEASE_MS / 2 + 1_000);
        firstSend = false;
      },
    };
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const claimedAt = Date.now();

      const result = await drainOutboxOnce({ transport: slow });

      expect(result.claimed).toBe(10);
      expect(result.sent).toBeGreaterThan(0);
      expect(result.sent).toBeLessThan(10);
      expect(result.failed).toBe(0);
      expect(await receivedRecipients()).toHaveLength(result.sent);
      expect(await prisma.outboxMessage.count({ where: { sentAt: { not: null } } })).toBe(
        result.sent,
      );
      const handedBack = await prisma.outboxMessage.findMany({ where: { sentAt: null } });
      expect(handedBack).toHaveLength(10 - result.sent);
      for (const row of handedBack) {
        // Due again now, not held until the lease ends.
        expect(row.nextAttemptAt.getTime()).toBeLessThan(claimedAt + OUTBOX_LEASE_MS);
        expect(row.attempts).toBe(0);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps a message claimed by a process that died mid-send and sends it after the lease", async () => {
    const hanging: MailTransport = {
      description: "a process that dies",
      send: () => new Promise(() => {}),
    };
    const id = await enqueueMail(prisma, confirmMail("lease@example.org"));
    void drainOutboxOnce({ transport: hanging });
    await vi.waitFor(async () => {
      const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 60_000);
    }, 10_000);
    const transport = await startSmtp();

    // While the lease holds, no other drain takes the message.
    expect(await drainOutboxOnce({ transport })).toEqual({ claimed: 0, sent: 0, failed: 0 });
    await makeEverythingDue();
    expect(await drainOutboxOnce({ transport })).toEqual({ claimed: 1, sent: 1, failed: 0 });
    expect(await received()).toHaveLength(1);
  });

  it("keeps retrying a row it cannot render instead of dropping it", async () => {
    const transport = await startSmtp();
    const row = await prisma.outboxMessage.create({
      data: {
        kind: "letter.unknown",
        to: "x@example.org",
        locale: "en",
        payload: {},
        nextAttemptAt: new Date(),
      },
    });

    expect(await drainOutboxOnce({ transport })).toEqual({ claimed: 1, sent: 0, failed: 1 });
    const kept = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(kept.attempts).toBe(1);
    expect(kept.lastError).toContain('Unknown e-mail kind "letter.unknown"');
    expect(kept.sentAt).toBeNull();
  });

  it("writes an .eml file and logs its link when no SMTP server is configured", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    await enqueueMail(prisma, {
      ...confirmMail("folder@example.org"),
      locale: "ru",
    } as MailMessage);

    const result = await drainOutboxOnce({ transport: createFolderTransport(dir, FROM) });

    expect(result.sent).toBe(1);
    const mail = await simpleParser(await onlyReceived());
    expect(mail.subject).toBe("Подтвердите подпись: «Free them all»");
    expect(info).toHaveBeenCalledWith(
      expect.stringContaining(
        "Mail to folder@example.org: Подтвердите подпись: «Free them all» — https://vigil.example/en/letters/free/confirm?token=abc",
      ),
    );
    info.mockRestore();
  });
});
