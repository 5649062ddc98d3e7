import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { getMailOutboxState } from "@/lib/data/mail-outbox-state";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { recordDrainOutcome } from "@/lib/mail/delivery-state";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { raiseFailureAlertIfDue } from "@/lib/mail/failure-alert";
import { MAIL_KIND_HEADER } from "@/lib/mail/mail-transport";
import { outboxMessageId } from "@/lib/mail/message-id";
import { enqueueMail, type MailMessage } from "@/lib/mail/outbox";
import { drainOutboxOnce, startOutboxWorker, type OutboxWorker } from "@/lib/mail/outbox-worker";

import { findFreePort } from "@/lib/net/ports";
import { passwordResetMail, smtpTransports } from "../fixtures/mail";
import { createStaffUser } from "../fixtures/staff-users";

/** The outbox's state (dashboard panel, /api/ready) and the alert when mail keeps failing. */

const RECIPIENT = "signer-private@example.org";

function resetMail(to = RECIPIENT): MailMessage {
  return passwordResetMail(to);
}

const dirs: string[] = [];
const servers: DevSmtpServer[] = [];
const transports = smtpTransports();
let worker: OutboxWorker | undefined;

async function startSmtp(port?: number) {
  const dir = await mkdtemp(path.join(tmpdir(), "vigil-mail-state-"));
  dirs.push(dir);
  const server = await startDevSmtpServer({ dir, port, log: () => undefined });
  servers.push(server);
  return { server, dir };
}

const smtpTransport = transports.open;

async function receivedIn(dir: string) {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".eml")).sort();
  return Promise.all(names.map(async (name) => simpleParser(await readFile(path.join(dir, name)))));
}

function createStaff(role: Actor["role"], email: string, locale = "en"): Promise<Actor> {
  const name = `${role} tester`;
  return createStaffUser(role, { email, name, locale, passwordHash: "not-a-real-hash" });
}

/**
 * Administrators the alert goes to: this file's own, and any other test file left in the shared
 * database (the alert goes to every active administrator).
 */
function countAlertedAdministrators(): Promise<number> {
  return prisma.user.count({
    where: { role: "ADMIN", disabledAt: null, passwordHash: { not: null } },
  });
}

beforeEach(async () => {
  await prisma.outboxMessage.deleteMany({});
  await prisma.mailDeliveryState.deleteMany({});
  await prisma.user.deleteMany({ where: { email: { endsWith: "@outbox-state.test" } } });
  vi.spyOn(console, "info").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  transports.closeAll();
  for (const server of servers.splice(0)) await server.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  await prisma.user.deleteMany({ where: { email: { endsWith: "@outbox-state.test" } } });
  vi.restoreAllMocks();
});

describe("the outbox's state", () => {
  it("shows administrators what waits, for how long, the failures of the last hour and the kind of the last one, without addresses", async () => {
    const admin = await createStaff("ADMIN", "admin@outbox-state.test");
    const down = smtpTransport(`smtp://127.0.0.1:${await findFreePort()}`);
    for (let i = 0; i < 3; i++) await enqueueMail(prisma, resetMail());
    await drainOutboxOnce({ transport: down });

    const state = await getMailOutboxState(admin);

    expect(state).toMatchObject({
      waiting: 3,
      failuresLastHour: 3,
      lastErrorKind: "unreachable",
      lastSuccessAt: null,
      alertSentAt: null,
    });
    expect(state.oldestWaitingSeconds).toBeGreaterThanOrEqual(0);
    expect(state.failingSince).not.toBeNull();
    expect(JSON.stringify(state)).not.toContain("@");
  });

  it("is not shown to editors", async () => {
    const editor = await createStaff("EDITOR", "editor@outbox-state.test");

    await expect(getMailOutboxState(editor)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("is public on /api/ready only coarsely: 200 with waiting and state, no-store, no addresses", async () => {
    const down = smtpTransport(`smtp://127.0.0.1:${await findFreePort()}`);
    await enqueueMail(prisma, resetMail());
    await drainOutboxOnce({ transport: down });
    const { GET } = await import("@/app/api/ready/route");

    const response = await GET();

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ready",
      database: "up",
      mail: { state: "failing", waiting: 1 },
    });
    expect(JSON.stringify(body)).not.toMatch(/@|unreachable|ECONNREFUSED/);
  });
});

describe("the alert when mail keeps failing", () => {
  it("reaches each administrator once per failing period: at once through the second route, and through the outbox once mail flows again", async () => {
    const admin = await createStaff("ADMIN", "admin@outbox-state.test", "ru");
    await createStaff("EDITOR", "editor@outbox-state.test");
    const port = await findFreePort();
    const second = await startSmtp();
    await enqueueMail(prisma, resetMail());

    worker = startOutboxWorker({
      transport: smtpTransport(`smtp://127.0.0.1:${port}`),
      intervalMs: 50,
      alert: {
        failingForMs: 500,
        checkEveryMs: 100,
        directTransport: smtpTransport(second.server.url),
      },
    });

    const administrators = await countAlertedAdministrators();
    await vi.waitFor(
      async () => expect(await receivedIn(second.dir)).toHaveLength(administrators),
      { timeout: 15_000, interval: 100 },
    );
    const alerts = await prisma.outboxMessage.findMany({
      where: { kind: "mail.delivery_failing", to: admin.email },
    });
    expect(alerts).toHaveLength(1);
    expect(
      await prisma.outboxMessage.count({
        where: { kind: "mail.delivery_failing", to: "editor@outbox-state.test" },
      }),
    ).toBe(0);
    const direct = (await receivedIn(second.dir)).find((mail) =>
      [mail.to ?? []].flat().some((address) => address.text.includes(admin.email)),
    );
    expect(direct?.subject).toBe("Vigil не может отправлять почту");
    expect(direct?.messageId).toBe(outboxMessageId(alerts[0]!.id));
    expect(direct?.headers.get(MAIL_KIND_HEADER.toLowerCase())).toBe("mail.delivery_failing");
    expect(direct?.text).not.toContain(RECIPIENT);
    expect((await getMailOutboxState(admin)).alertSentAt).not.toBeNull();

    // Still failing many checks later: no second alert.
    await sleep(1_000);
    expect(await prisma.outboxMessage.count({ where: { kind: "mail.delivery_failing" } })).toBe(
      administrators,
    );

    // The mail server comes back: the outbox copy arrives (same Message-ID) and the period ends.
    const main = await startSmtp(port);
    await vi.waitFor(
      async () => expect(await prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0),
      { timeout: 40_000, interval: 200 },
    );
    const delivered = await receivedIn(main.dir);
    expect(delivered.map((mail) => mail.messageId)).toContain(outboxMessageId(alerts[0]!.id));
    expect((await getMailOutboxState(admin)).failingSince).toBeNull();
  });

  it("is raised once when several servers ask at the same moment, and again only for a new failing period", async () => {
    await createStaff("ADMIN", "admin@outbox-state.test");
    const failingSince = new Date(Date.now() - 20 * 60_000);
    await recordDrainOutcome(
      prisma,
      { sent: 0, failed: 1, lastErrorKind: "refused" },
      failingSince,
    );

    const raised = await Promise.all(
      Array.from({ length: 4 }, () => raiseFailureAlertIfDue(prisma)),
    );

    const administrators = await countAlertedAdministrators();
    expect(raised.sort((a, b) => a - b)).toEqual([0, 0, 0, administrators]);
    expect(await raiseFailureAlertIfDue(prisma)).toBe(0);
    // Mail flows, then fails again for long enough: a new period, a new alert.
    await recordDrainOutcome(prisma, { sent: 1, failed: 0 });
    await recordDrainOutcome(prisma, { sent: 0, failed: 1 }, new Date(Date.now() - 16 * 60_000));
    expect(await raiseFailureAlertIfDue(prisma)).toBe(administrators);
    expect(await prisma.outboxMessage.count({ where: { kind: "mail.delivery_failing" } })).toBe(
      2 * administrators,
    );
  });

  it("is not raised before mail has been failing for the whole period", async () => {
    await createStaff("ADMIN", "admin@outbox-state.test");
    await recordDrainOutcome(prisma, { sent: 0, failed: 1 }, new Date(Date.now() - 14 * 60_000));

    expect(await raiseFailureAlertIfDue(prisma)).toBe(0);
  });
});
