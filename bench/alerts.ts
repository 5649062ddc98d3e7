/**
 * Followers' alerts at scale (issue 19 part 1, "Done when"): publishing a change to a prisoner
 * with 100,000 followers must not slow the editor's save, and must queue all their alerts and
 * send them at the outbox's rate.
 *
 *   npm run bench:alerts   (-- --followers 2000, -- --turns 20, -- --send 10000)
 *
 * On a throw-away database: two published prisoners, one with no follower and one with
 * `--followers` confirmed instant followers (made with INSERT … SELECT generate_series). The
 * editor's save is the dashboard's own (lib/data/prisoner-writes/detentions.ts: a transfer to
 * another facility through the content store), timed in alternating turns on the two prisoners.
 * Then one real transfer of the followed prisoner: the alert job (detect + fan-out, what the
 * every-minute job runs) is timed to the last outbox row queued, and the real outbox worker sends
 * them to the local SMTP server (lib/mail/dev-smtp-server.ts); each arrival is counted. For
 * reference, the same number of plain `signature.confirm` messages is sent by the same worker in
 * the same run (bench/mail.ts's measurement). `--send N` measures the send rate on the first N
 * alerts only (all of them are still queued and counted), and on N reference messages: sending
 * 2 × 100,000 messages takes half an hour on the 2-core machine.
 */
import { register } from "node:module";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { Actor } from "@/lib/auth/policy";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startDevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { MAIL_PAYLOAD_SCHEMAS } from "@/lib/mail/mail-kinds";
import { startOutboxWorker } from "@/lib/mail/outbox-worker";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { createPrismaClient } from "@/lib/postgres/client";
import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { copiesByRecipient } from "./lib/received-mail";

// The app's modules guard themselves with `import "server-only"`, which throws outside React's
// server environment; `--conditions=react-server` would empty it but also gives next-intl (the
// e-mails' templates) a React without hooks. So this script maps only that module to its empty
// build, with Node.js's documented resolve hook, before importing the app's modules (below).
const EMPTY_SERVER_ONLY = pathToFileURL(path.resolve("node_modules/server-only/empty.js")).href;
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(specifier, context, next) {
       if (specifier === "server-only") {
         return { url: ${JSON.stringify(EMPTY_SERVER_ONLY)}, shortCircuit: true };
       }
       return next(specifier, context);
     }`,
  )}`,
);

const { values } = parseArgs({
  options: {
    followers: { type: "string", default: "100000" },
    turns: { type: "string", default: "20" },
    send: { type: "string" },
  },
});
const FOLLOWERS = Number(values.followers);
const TURNS = Number(values.turns);
const SENT = Math.min(FOLLOWERS, Number(values.send ?? FOLLOWERS));
const WARM_UPS = 3;
const COUNTRY = "XB";
const marker = `alerts${Date.now().toString(36)}`;

const database = await openThrowawayDatabase("bench");
// lib/db's client is made on first use from globalThis: the app's code writes to this database.
const prisma = createPrismaClient(database.url);
(globalThis as unknown as { vigilPrisma?: PrismaClient }).vigilPrisma = prisma;
const mailDir = await mkdtemp(path.join(os.tmpdir(), "vigil-bench-alerts-"));
const smtp = await startDevSmtpServer({ dir: mailDir, log: () => undefined });
const transport = createSmtpTransport(smtp.url, "Vigil <no-reply@vigil.local>");
try {
  await migrateAndSeedIfEmpty(database.url);
  const { createContent, transitionContent } = await import("@/lib/content-store");
  const { savePrisonerDetentions } = await import("@/lib/data/prisoner-writes/detentions");
  const { detectAlerts } = await import("@/lib/follows/alerts/detect-alerts");
  const { fanOutPendingAlerts } = await import("@/lib/follows/alerts/fan-out");

  const editor: Actor = await prisma.user.create({
    data: { email: `${marker}-editor@bench.example.org`, name: "Bench Editor", role: "EDITOR" },
    select: { id: true, email: true, name: true, role: true },
  });
  await prisma.country.upsert({
    where: { code: COUNTRY },
    create: { code: COUNTRY, slug: `${marker}-land`, name: { en: "Benchland" } },
    update: {},
  });
  const facilities = await Promise.all(
    ["SIZO-1", "IK-3"].map((name) =>
      prisma.facility.create({
        data: {
          slug: `${marker}-${name.toLowerCase()}`,
          name: { en: name, ru: name },
          kind: "PRISON",
          countryCode: COUNTRY,
          region: { en: "Minsk region", ru: "Минская область" },
        },
        select: { id: true },
      }),
    ),
  );

  async function publishedPrisoner(label: string): Promise<string> {
    const { id } = await createContent(editor, {
      type: "prisoner",
      create: (tx) =>
        tx.prisoner.create({
          data: {
            slug: `${marker}-${label}`,
            name: { en: `Bench ${label}`, ru: `Бенч ${label}` },
            sortName: `Bench ${label}`,
            countryCode: COUNTRY,
            status: "IMPRISONED",
            summary: { en: "Held.", ru: "Под стражей." },
            detentions: { create: [{ facilityId: facilities[0]!.id }] },
          },
          select: { id: true },
        }),
    });
    await transitionContent(editor, { type: "prisoner", id, expectedVersion: 1, to: "PUBLISHED" });
    return id;
  }
  const quiet = await publishedPrisoner("quiet");
  const followed = await publishedPrisoner("followed");

  const seeded = Date.now();
  await prisma.$executeRaw`
    INSERT INTO "Follower" ("id", "email", "emailKey", "locale", "cadence", "createdAt", "confirmedAt")
    SELECT gen_random_uuid(), ${marker} || '-' || n || '@bench.example.org',
           ${marker} || '-' || n || '@bench.example.org',
           CASE WHEN n % 2 = 0 THEN 'ru' ELSE 'en' END, 'INSTANT', now(), now()
    FROM generate_series(1, ${FOLLOWERS}::int) AS n`;
  await prisma.$executeRaw`
    INSERT INTO "Follow" ("id", "followerId", "prisonerId", "createdAt", "confirmedAt")
    SELECT gen_random_uuid(), f."id", ${followed}, now(), now() FROM "Follower" AS f
    WHERE f."email" LIKE ${`${marker}-%`}`;
  await prisma.$executeRaw`ANALYZE "Follower"`;
  await prisma.$executeRaw`ANALYZE "Follow"`;
  console.log(`seeded ${FOLLOWERS} followers in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

  /** The dashboard's "Detentions" save: the person moved to the other facility. */
  const held = new Map<string, number>([
    [quiet, 0],
    [followed, 0],
  ]);
  async function transfer(id: string): Promise<number> {
    const row = await prisma.prisoner.findUniqueOrThrow({
      where: { id },
      select: { version: true },
    });
    const next = 1 - held.get(id)!;
    const started = performance.now();
    await savePrisonerDetentions(
      editor,
      {
        id,
        expectedVersion: row.version,
        lettersArrive: "UNKNOWN",
        lettersCheckedOn: null,
        detentions: [
          {
            id: undefined,
            facilityId: facilities[next]!.id,
            startedOn: undefined,
            endedOn: undefined,
            note: {},
            addressPublic: false,
            citations: [],
          },
        ],
      } as unknown as Parameters<typeof savePrisonerDetentions>[1],
      {},
    );
    held.set(id, next);
    return performance.now() - started;
  }

  const times = new Map<string, number[]>([
    [quiet, []],
    [followed, []],
  ]);
  for (let turn = 0; turn < WARM_UPS + TURNS; turn += 1) {
    // A B B A …: neither side always goes first.
    const order = turn % 2 === 0 ? [quiet, followed] : [followed, quiet];
    for (const id of order) {
      const ms = await transfer(id);
      if (turn >= WARM_UPS) times.get(id)!.push(ms);
    }
  }
  const stats = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`;
  };
  console.log(`save, 0 followers:        ${stats(times.get(quiet)!)} (${TURNS} saves)`);
  console.log(`save, ${FOLLOWERS} followers: ${stats(times.get(followed)!)} (${TURNS} saves)`);

  // The timing saves are not news any more; one last, real transfer is.
  await prisma.publicChangeFacts.updateMany({ data: { processedAt: new Date() } });
  await transfer(followed);
  const queueStarted = Date.now();
  const detected = await detectAlerts({ delaySeconds: 0 });
  const fanned = await fanOutPendingAlerts();
  const queueSeconds = (Date.now() - queueStarted) / 1000;
  console.log(
    `alert job: ${detected.alerts} alert, ${fanned.queued} e-mails queued in ${queueSeconds.toFixed(1)} s ` +
      `(${(fanned.queued / queueSeconds).toFixed(0)}/s)`,
  );

  const queued = await prisma.outboxMessage.count({ where: { kind: "follow.alert" } });
  console.log(`queued: ${queued} alert e-mails for ${FOLLOWERS} followers`);
  if (queued !== FOLLOWERS) process.exitCode = 1;
  const alertRate = await sendFirst(prisma, "follow.alert", SENT);
  // The reference runs alone, behind a backlog as large as the alerts' was.
  await prisma.outboxMessage.deleteMany({ where: { sentAt: null } });
  await enqueueReference(prisma, FOLLOWERS);
  const referenceRate = await sendFirst(prisma, "signature.confirm", SENT);
  console.log(`send, follow.alert:        ${alertRate.toFixed(1)} messages/s (${SENT} sent)`);
  console.log(`send, reference (plain):   ${referenceRate.toFixed(1)} messages/s (${SENT} sent)`);
  await checkEachReceivedOnce();
} finally {
  transport.close();
  await smtp.close();
  await prisma.$disconnect();
  await database.close();
  await rm(mailDir, { recursive: true, force: true });
}

/**
 * Runs the real outbox worker until `count` messages of `kind` are sent (all of them, when that
 * is how many wait); messages per second, from the start to the `count`-th message's sentAt.
 */
async function sendFirst(db: PrismaClient, kind: string, count: number): Promise<number> {
  // Both sends start from a vacuumed, analysed table: autovacuum after 100,000 inserts would
  // otherwise run during whichever send comes first.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "OutboxMessage"`);
  const started = Date.now();
  const worker = startOutboxWorker({ db, transport });
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if ((await db.outboxMessage.count({ where: { kind, sentAt: { not: null } } })) >= count) {
        break;
      }
    }
  } finally {
    worker.stop();
  }
  const [nth] = await db.outboxMessage.findMany({
    where: { kind, sentAt: { not: null } },
    orderBy: { sentAt: "asc" },
    skip: count - 1,
    take: 1,
    select: { sentAt: true },
  });
  return count / (((nth?.sentAt?.getTime() ?? Date.now()) - started) / 1000);
}

/** As many plain messages as there were alerts, as bench/mail.ts writes them. */
async function enqueueReference(db: PrismaClient, count: number): Promise<void> {
  const payload = MAIL_PAYLOAD_SCHEMAS["signature.confirm"].parse({
    name: "Bench Signer",
    letterTitle: "Free Kazakhstan's political prisoners",
    confirmUrl: "https://vigil.example/en/letters/free/confirm?token=abcdefghijklmnop",
    withdrawUrl: "https://vigil.example/en/letters/free/withdraw?token=qrstuvwxyz012345",
    expiresAt: "2026-12-01T18:30:00.000Z",
  });
  for (let from = 0; from < count; from += 1000) {
    await db.outboxMessage.createMany({
      data: Array.from({ length: Math.min(1000, count - from) }, (_, i) => ({
        kind: "signature.confirm",
        to: `${marker}-ref-${from + i}@bench.example.org`,
        locale: "en",
        payload,
        nextAttemptAt: new Date(),
      })),
    });
  }
}

/** Each follower received its alert once, and each reference recipient its message. */
async function checkEachReceivedOnce(): Promise<void> {
  const copies = await copiesByRecipient(mailDir);
  let followers = 0;
  for (let n = 1; n <= FOLLOWERS; n++)
    if (copies.has(`${marker}-${n}@bench.example.org`)) followers++;
  // The worker may send a few beyond the count before it stops: at least SENT, nothing twice.
  const missing = Math.max(0, SENT - followers);
  const twice = [...copies.values()].filter((times) => times > 1).length;
  const ok = missing === 0 && twice === 0 && copies.size >= 2 * SENT;
  console.log(
    `count check: ${copies.size} recipients, ${missing} followers missing, ${twice} received more than once ` +
      `${ok ? "OK" : "FAILED"}`,
  );
  if (!ok) process.exitCode = 1;
}
