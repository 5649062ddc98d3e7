/**
 * Throughput of the mail outbox during a signing surge: how fast the outbox worker sends
 * `signature.confirm` e-mails to a real SMTP server, then a check that each arrived exactly once.
 * A surge of 2,000 signatures a minute needs about 33 e-mails a second to keep up.
 *
 *   npm run bench:mail   (-- --messages 10000)
 *
 * On a throw-away database it enqueues the messages, starts the local SMTP server that
 * development and the tests use (lib/mail/dev-smtp-server.ts, which saves each message as an .eml
 * file), and runs the real outbox worker with an SMTP transport until the outbox is empty. The
 * SMTP server runs in this process, so its work (parsing, writing files) shares the CPU with the
 * worker: a mail server elsewhere would leave the worker more.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startDevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { MAIL_PAYLOAD_SCHEMAS } from "@/lib/mail/mail-kinds";
import { startOutboxWorker } from "@/lib/mail/outbox-worker";
import { createSmtpTransport } from "@/lib/mail/smtp-transport";
import { createPrismaClient } from "@/lib/postgres/client";
import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { copiesByRecipient } from "./lib/received-mail";

const { values } = parseArgs({
  options: { messages: { type: "string", default: "5000" } },
});
const count = Number(values.messages);
const marker = `mail${Date.now().toString(36)}`;
const recipientOf = (n: number) => `${marker}-${n}@bench.example.org`;

const database = await openThrowawayDatabase("bench");
const mailDir = await mkdtemp(path.join(os.tmpdir(), "vigil-bench-mail-"));
// The app's pool size (createPrismaClient's default), so the worker has what it has in the server.
const prisma = createPrismaClient(database.url);
const smtp = await startDevSmtpServer({ dir: mailDir, log: () => undefined });
const transport = createSmtpTransport(smtp.url, "Vigil <no-reply@vigil.local>");
let worker: ReturnType<typeof startOutboxWorker> | undefined;
try {
  await migrateAndSeedIfEmpty(database.url);
  await enqueueConfirmations();

  const started = Date.now();
  worker = startOutboxWorker({ db: prisma, transport });
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const unsent = await prisma.outboxMessage.count({ where: { sentAt: null } });
    if (unsent === 0) break;
  }
  worker.stop();
  // Timed to the last message marked sent, not to this loop's next look.
  const { _max } = await prisma.outboxMessage.aggregate({ _max: { sentAt: true } });
  const seconds = ((_max.sentAt?.getTime() ?? Date.now()) - started) / 1000;

  console.log(`messages:   ${count}`);
  console.log(`seconds:    ${seconds.toFixed(1)}`);
  console.log(`messages/s: ${(count / seconds).toFixed(1)}`);
  await checkEachReceivedOnce();
} finally {
  worker?.stop();
  transport.close();
  await smtp.close();
  await prisma.$disconnect();
  await database.close();
  await rm(mailDir, { recursive: true, force: true });
}

/**
 * What signing writes, in bulk: enqueueMail writes one row per call in the caller's transaction
 * (and is "server-only", which a script cannot import), so the rows are made here from the same
 * schema.
 */
async function enqueueConfirmations(): Promise<void> {
  const payload = MAIL_PAYLOAD_SCHEMAS["signature.confirm"].parse({
    name: "Bench Signer",
    letterTitle: "Free Kazakhstan's political prisoners",
    confirmUrl: "https://vigil.example/en/letters/free/confirm?token=abcdefghijklmnop",
    withdrawUrl: "https://vigil.example/en/letters/free/withdraw?token=qrstuvwxyz012345",
    expiresAt: "2026-12-01T18:30:00.000Z",
  });
  const nextAttemptAt = new Date();
  for (let from = 0; from < count; from += 1000) {
    await prisma.outboxMessage.createMany({
      data: Array.from({ length: Math.min(1000, count - from) }, (_, i) => ({
        kind: "signature.confirm",
        to: recipientOf(from + i),
        locale: "en",
        payload,
        nextAttemptAt,
      })),
    });
  }
}

/** Counts the received messages by recipient (the To header of each saved .eml file). */
async function checkEachReceivedOnce(): Promise<void> {
  const copies = await copiesByRecipient(mailDir);
  let missing = 0;
  for (let n = 0; n < count; n++) if (!copies.has(recipientOf(n))) missing++;
  const twice = [...copies.values()].filter((times) => times > 1).length;
  const stray = [...copies.keys()].filter((to) => !to.startsWith(`${marker}-`)).length;
  const ok = missing === 0 && twice === 0 && stray === 0;
  console.log(
    `count check: ${copies.size} recipients received mail, ${missing} missing, ` +
      `${twice} received it more than once, ${stray} unexpected ${ok ? "OK" : "FAILED"}`,
  );
  if (!ok) process.exitCode = 1;
}
