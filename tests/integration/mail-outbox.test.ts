import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { createFolderTransport } from "@/lib/mail/folder-transport";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { enqueueMail, type MailMessage } from "@/lib/mail/outbox";
import { drainOutboxOnce } from "@/lib/mail/outbox-worker";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";

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
  return createSmtpTransport(smtp.url, FROM);
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
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`, FROM);
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
    const delivered = await Promise.all(
      (await received()).map(async (file) => (await simpleParser(await readFile(file))).to),
    );
    const addresses = delivered.flatMap((to) => [to ?? []].flat().map((group) => group.text));
    expect(addresses.sort()).toEqual([...recipients].sort());
    expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0);
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
