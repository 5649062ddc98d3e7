import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as unsubscribePost } from "@/app/api/letters/[slug]/updates/[token]/route";
import { prisma } from "@/lib/db";
import { saveLetterAnswer, setLetterAnswerState } from "@/lib/letter-answers/answer-writes";
import { announceLetterOutcomes } from "@/lib/letter-answers/outcome-announcement";
import { getLetterSignatureStatistics } from "@/lib/letter-answers/signature-statistics";
import { startDevSmtpServer, type DevSmtpServer } from "@/lib/mail/dev-smtp-server";
import { drainOutboxOnce } from "@/lib/mail/outbox-worker";
import { anonymiseExpiredSignatures } from "@/lib/signing/anonymise";
import { confirmSignature } from "@/lib/signing/confirm-signature";
import { submitSignature } from "@/lib/signing/record-signature";
import { withdrawSignature } from "@/lib/signing/withdraw-signature";
import { smtpTransports } from "../fixtures/mail";
import {
  createPetition,
  latestMailLinks,
  ORIGIN,
  randomIp,
  signForm,
  uniqueEmail,
  type TestPetition,
} from "../fixtures/signing";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";

const CONTEXT = { ip: "203.0.113.7", userAgent: "vitest" };

let editor: StaffUser;
let mailDir: string;
let smtp: DevSmtpServer;
const transports = smtpTransports();

beforeAll(async () => {
  editor = await createStaffUser("EDITOR", { passwordHash: "not-a-real-hash", locale: "ru" });
  mailDir = await mkdtemp(path.join(tmpdir(), "vigil-letter-answers-"));
  smtp = await startDevSmtpServer({ dir: mailDir, log: () => undefined });
});

afterAll(async () => {
  transports.closeAll();
  await smtp.close();
  await rm(mailDir, { recursive: true, force: true });
});

/** Signs (with the sign form's handler) and returns the address and its confirmation token. */
async function sign(target: TestPetition, fields: Record<string, string> = {}) {
  const email = uniqueEmail("answers");
  const outcome = await submitSignature(signForm(target, { ...fields, email }), {
    slug: target.slug,
    clientIp: randomIp(),
    origin: ORIGIN,
  });
  expect(outcome.status).toBe("accepted");
  const links = await latestMailLinks(email);
  return { email, confirmToken: links.confirmToken!, withdrawToken: links.withdrawToken! };
}

async function signAndConfirm(target: TestPetition, fields: Record<string, string> = {}) {
  const signer = await sign(target, fields);
  expect(await confirmSignature(target.slug, signer.confirmToken)).toBe("confirmed");
  return signer;
}

type ReceivedMail = ParsedMail & { raw: string };

/** Sends everything waiting in the outbox to the local SMTP server; the mails it received. */
async function deliverOutbox(): Promise<ReceivedMail[]> {
  const transport = transports.open(smtp.url);
  for (;;) {
    const result = await drainOutboxOnce({ transport });
    if (result.claimed === 0) break;
  }
  const files = (await readdir(mailDir)).filter((name) => name.endsWith(".eml"));
  return Promise.all(
    files.map(async (name) => {
      const raw = await readFile(path.join(mailDir, name));
      return Object.assign(await simpleParser(raw), { raw: raw.toString("utf8") });
    }),
  );
}

function recipient(mail: ParsedMail): string {
  return [mail.to ?? []].flat()[0]?.value[0]?.address ?? "";
}

describe("a petition's thresholds", () => {
  it("are recorded, and e-mailed to the editors, exactly once under concurrent confirmations", async () => {
    const target = await createPetition("thresholds");
    await prisma.letterThreshold.createMany({
      data: [10, 20, 30].map((count) => ({
        letterId: target.id,
        count,
        label: { en: `milestone ${count}`, ru: `этап ${count}` },
      })),
    });
    const disabled = await createStaffUser("EDITOR", {
      passwordHash: "x",
      disabledAt: new Date(),
    });
    const tokens: string[] = [];
    for (let index = 0; index < 30; index++) tokens.push((await sign(target)).confirmToken);

    const outcomes = await Promise.all(tokens.map((token) => confirmSignature(target.slug, token)));
    expect(outcomes.every((outcome) => outcome === "confirmed")).toBe(true);

    const crossings = await prisma.letterThresholdCrossing.findMany({
      where: { letterId: target.id },
      orderBy: { count: "asc" },
    });
    expect(crossings.map((crossing) => crossing.count)).toEqual([10, 20, 30]);
    for (const crossing of crossings)
      expect(crossing.seenCount).toBeGreaterThanOrEqual(crossing.count);

    const mails = await prisma.outboxMessage.findMany({
      where: { kind: "letter.threshold_reached", to: editor.email },
    });
    const forThisLetter = mails.filter((mail) =>
      String((mail.payload as { letterTitle: string }).letterTitle).includes("thresholds"),
    );
    expect(forThisLetter.map((mail) => (mail.payload as { count: number }).count).sort()).toEqual([
      10, 20, 30,
    ]);
    // In the editor's language, with the label of that language.
    expect(forThisLetter[0]!.locale).toBe("ru");
    expect((forThisLetter[0]!.payload as { label: string }).label).toMatch(/^этап /);
    expect(await prisma.outboxMessage.count({ where: { to: disabled.email } })).toBe(0);

    // A withdrawal and a new confirmation across the threshold record nothing again.
    const again = await sign(target);
    await withdrawSignature(target.slug, (await latestMailLinks(again.email)).withdrawToken!);
    const last = await signAndConfirm(target);
    expect(last.email).toBeTruthy();
    expect(await prisma.letterThresholdCrossing.count({ where: { letterId: target.id } })).toBe(3);
  });
});

describe("an answer's announcement to the signers who asked", () => {
  it("queues one e-mail per opted-in confirmed signer, in their language, with one-click unsubscribe", async () => {
    const target = await createPetition("announce");
    const optedIn = [
      await signAndConfirm(target, { notifyOutcome: "yes" }),
      await signAndConfirm(target, { notifyOutcome: "yes", locale: "ru" }),
      await signAndConfirm(target, { notifyOutcome: "yes" }),
    ];
    const notAsked = await signAndConfirm(target);
    const unconfirmed = await sign(target, { notifyOutcome: "yes" });

    const { answerId } = await saveLetterAnswer(
      editor,
      {
        letterId: target.id,
        answerId: null,
        expectedVersion: 1,
        receivedOn: { date: new Date("2026-12-01T00:00:00Z"), precision: "DAY" },
        answeredBy: "Office of the President",
        summary: { en: "They promise a review.", ru: "Обещают пересмотр." },
        text: null,
        textLang: null,
        documentId: null,
      },
      CONTEXT,
    );
    // A draft is announced to nobody.
    expect((await announceLetterOutcomes({ delayMs: 0, letterId: target.id })).queued).toBe(0);

    await setLetterAnswerState(
      editor,
      { letterId: target.id, answerId, expectedVersion: 2, publish: true },
      CONTEXT,
    );
    // Within the delay nothing goes (a quick withdrawal would reach nobody).
    expect((await announceLetterOutcomes({ delayMs: 60_000, letterId: target.id })).queued).toBe(0);
    expect(await announceLetterOutcomes({ delayMs: 0, letterId: target.id })).toEqual({
      announcements: 1,
      queued: 3,
    });
    // Run again (a retried job, the sweep): nothing twice.
    expect(await announceLetterOutcomes({ delayMs: 0 })).toMatchObject({ queued: 0 });

    const received = (await deliverOutbox()).filter(
      (mail) => mail.headers.get("x-vigil-kind") === "letter.outcome",
    );
    const mine = received.filter((mail) =>
      [...optedIn, notAsked, unconfirmed].some((signer) => signer.email === recipient(mail)),
    );
    expect(mine.map(recipient).sort()).toEqual(optedIn.map((signer) => signer.email).sort());
    const russian = mine.find((mail) => recipient(mail) === optedIn[1]!.email)!;
    expect(russian.subject).toContain("пришёл ответ");
    expect(russian.text).toContain("Обещают пересмотр.");
    const english = mine.find((mail) => recipient(mail) === optedIn[0]!.email)!;
    expect(english.text).toContain("They promise a review.");
    // The raw headers, as a mail provider reads them (RFC 8058).
    expect(english.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const listUnsubscribe = /^List-Unsubscribe:\s+(<[^>]+>)/m.exec(english.raw)?.[1] ?? "";
    expect(listUnsubscribe).toMatch(/^<https?:\/\/.+\/api\/letters\/.+\/updates\/.+>$/);
    // Nothing about any other signer.
    expect(english.text).not.toContain(optedIn[1]!.email);

    // RFC 8058: a bare POST to the List-Unsubscribe URL stops the e-mails.
    const url = listUnsubscribe.slice(1, -1);
    const token = decodeURIComponent(new URL(url).pathname.split("/").pop()!);
    const answer = await unsubscribePost(
      new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click" }),
      { params: Promise.resolve({ slug: target.slug, token }) },
    );
    expect(answer.status).toBe(200);
    const forged = await unsubscribePost(new Request(url, { method: "POST" }), {
      params: Promise.resolve({ slug: target.slug, token: `${token.slice(0, -1)}0` }),
    });
    expect(forged.status).toBe(200);
    expect(await forged.text()).toBe(await answer.clone().text());
    expect(
      (await prisma.signature.findFirstOrThrow({ where: { email: optedIn[0]!.email } }))
        .notifyOutcome,
    ).toBe(false);

    // The delivery recorded later is a second announcement, without the one who unsubscribed.
    await prisma.letterDelivery.create({
      data: { letterId: target.id, deliveredOn: new Date("2026-12-02"), recipient: "The Office" },
    });
    expect(await announceLetterOutcomes({ delayMs: 0, letterId: target.id })).toEqual({
      announcements: 1,
      queued: 2,
    });
  });
});

describe("signatures by country on the letter page", () => {
  it("names only countries with at least 10 signers and sums the rest as other countries", async () => {
    const target = await createPetition("countries");
    const rows = [
      ...Array.from({ length: 12 }, () => "DE"),
      ...Array.from({ length: 9 }, () => "FR"),
      "LT",
    ].map((countryCode, index) => {
      const email = uniqueEmail("country");
      return {
        letterId: target.id,
        letterVersionId: target.versionId,
        locale: "en",
        name: "Signer",
        email,
        emailKey: email,
        countryCode,
        status: "CONFIRMED" as const,
        confirmedAt: new Date(Date.UTC(2026, 10, 1, index % 5)),
        consentGivenAt: new Date(),
        consentTextVersion: "test",
      };
    });
    await prisma.signature.createMany({ data: rows });
    const statistics = await getLetterSignatureStatistics(target.id, "en", null);
    expect(statistics.countries).toEqual([{ code: "DE", name: "Germany", count: 12 }]);
    expect(statistics.otherCountries).toBe(10);
    expect(JSON.stringify(statistics)).not.toContain("FR");
    expect(statistics.buckets.at(-1)!.total).toBe(22);
    expect(statistics.buckets[0]).toMatchObject({ unit: "hour", count: 5 });
  });
});

describe("retention", () => {
  it("switches the outcome e-mails off with the address when a signature is anonymised", async () => {
    const target = await createPetition("answers-retention");
    const signer = await signAndConfirm(target, { notifyOutcome: "yes" });
    const before = await prisma.signature.findFirstOrThrow({ where: { email: signer.email } });
    expect(before.notifyOutcome).toBe(true);
    await prisma.letter.update({
      where: { id: target.id },
      data: { state: "CLOSED", updatedAt: new Date("2025-01-01T00:00:00Z") },
    });
    await anonymiseExpiredSignatures({ retentionDays: 30 });
    const after = await prisma.signature.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.email).toBeNull();
    expect(after.notifyOutcome).toBe(false);
  });
});
