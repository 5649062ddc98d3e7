import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as stopSponsor } from "@/app/api/follows/sponsor-unsubscribe/[token]/route";
import type { Actor } from "@/lib/auth/policy";
import { createContent, transitionContent, updateContent, type Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { detectAlerts } from "@/lib/follows/alerts/detect-alerts";
import { fanOutPendingAlerts, queueFanOutBatch } from "@/lib/follows/alerts/fan-out";
import { addDays } from "@/lib/follows/alerts/alert-diff";
import { remindCourtDates } from "@/lib/follows/alerts/court-reminders";
import { digestWeekOf, sendWeeklyDigests } from "@/lib/follows/alerts/weekly-digest";
import { sponsorAlertsToken } from "@/lib/follows/follow-links";
import { ensureCountry } from "../fixtures/countries";
import { insertPetition } from "../fixtures/petitions";
import { createStaffUser } from "../fixtures/staff-users";

vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));

/**
 * Followers' alerts (issue 19 part 1) against the real database: a published change that stays
 * for the delay makes one alert and one e-mail per instant follower, a change to a draft or one
 * undone within the delay makes none, redacted data never reaches an alert, weekly followers get
 * it in the digest, sponsors get it with their own one-click unsubscribe, and the fan-out goes in
 * batches.
 */
const COUNTRY = "XG";
const P = `alerts-it-${randomUUID().slice(0, 8)}`;
const CANARY = "CANARY-internal-7f3a";

let editor: Actor;
let sizo: string;
let colony: string;

beforeAll(async () => {
  await ensureCountry({
    code: COUNTRY,
    slug: `${P}-land`,
    name: { en: "Alertland", ru: "Алертия" },
  });
  editor = await createStaffUser("EDITOR");
  const facility = (slug: string, en: string, kind: "PRISON" | "PENAL_COLONY") =>
    prisma.facility.create({
      data: {
        slug: `${P}-${slug}`,
        name: { en, ru: en },
        kind,
        countryCode: COUNTRY,
        region: { en: "Minsk region", ru: "Минская область" },
      },
      select: { id: true },
    });
  sizo = (await facility("sizo", "SIZO-1", "PRISON")).id;
  colony = (await facility("ik3", "IK-3", "PENAL_COLONY")).id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

async function version(id: string): Promise<number> {
  return (await prisma.prisoner.findUniqueOrThrow({ where: { id }, select: { version: true } }))
    .version;
}

async function edit(id: string, apply: (tx: Tx) => Promise<unknown>): Promise<void> {
  await updateContent(editor, {
    type: "prisoner",
    id,
    expectedVersion: await version(id),
    apply: async (tx) => {
      await apply(tx);
    },
  });
}

/** A prisoner held in SIZO-1, created through the store and published unless `draft`. */
async function prisoner(label: string, draft = false): Promise<string> {
  const { id } = await createContent(editor, {
    type: "prisoner",
    create: (tx) =>
      tx.prisoner.create({
        data: {
          slug: `${P}-${label}`,
          name: { en: `Person ${label}`, ru: `Человек ${label}` },
          sortName: `Person ${label}`,
          countryCode: COUNTRY,
          status: "PRETRIAL_DETENTION",
          summary: { en: "Detained.", ru: "Задержан." },
          detentions: { create: [{ facilityId: sizo, startedOn: new Date("2026-03-01") }] },
          internal: { create: { notes: CANARY } },
        },
        select: { id: true },
      }),
  });
  if (!draft) {
    await transitionContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: await version(id),
      to: "PUBLISHED",
    });
    // Settled before anyone follows it: the later changes are news, the publication is not.
    await runAlerts(0);
  }
  return id;
}

/** Moves the prisoner: closes the open detention and opens one in `facilityId`. */
function transfer(id: string, facilityId: string) {
  return edit(id, async (tx) => {
    await tx.detention.updateMany({
      where: { prisonerId: id, endedOn: null },
      data: { endedOn: new Date("2026-12-01") },
    });
    await tx.detention.create({
      data: { prisonerId: id, facilityId, startedOn: new Date("2026-12-01") },
    });
  });
}

async function follower(
  label: string,
  targets: { prisonerId?: string; countryCode?: string; letterId?: string }[],
  options: { cadence?: "INSTANT" | "WEEKLY"; confirmed?: boolean; locale?: string } = {},
): Promise<string> {
  const confirmedAt = options.confirmed === false ? null : new Date();
  const row = await prisma.follower.create({
    data: {
      email: `${P}-${label}@example.org`,
      emailKey: `${P}-${label}@example.org`,
      locale: options.locale ?? "en",
      cadence: options.cadence ?? "INSTANT",
      confirmedAt,
      follows: { create: targets.map((target) => ({ ...target, confirmedAt })) },
    },
    select: { id: true },
  });
  return row.id;
}

/** The alert job as the schedule runs it, with the given delay. */
async function runAlerts(delaySeconds: number) {
  await detectAlerts({ delaySeconds });
  await fanOutPendingAlerts();
}

function alertsOf(prisonerId: string) {
  return prisma.followAlert.findMany({
    where: { prisonerIds: { has: prisonerId } },
    orderBy: { createdAt: "asc" },
  });
}

async function mailsTo(followerIds: string[], kind = "follow.alert") {
  const rows = await prisma.outboxMessage.findMany({
    where: { kind },
    orderBy: { createdAt: "asc" },
  });
  return rows.filter((row) =>
    followerIds.includes((row.payload as { followerId?: string }).followerId ?? ""),
  );
}

describe("alerts to followers", () => {
  it("a published transfer, once settled, makes one alert and one e-mail per instant follower, even one following the prisoner and its country", async () => {
    const id = await prisoner("transfer");
    const one = await follower("one", [{ prisonerId: id }]);
    const both = await follower("both", [{ prisonerId: id }, { countryCode: COUNTRY }], {
      locale: "ru",
    });
    const weekly = await follower("weekly", [{ prisonerId: id }], { cadence: "WEEKLY" });
    const pending = await follower("pending", [{ prisonerId: id }], { confirmed: false });

    await transfer(id, colony);
    await runAlerts(3600);
    expect(await alertsOf(id)).toEqual([]);

    await runAlerts(0);
    await runAlerts(0);
    const alerts = await alertsOf(id);
    expect(alerts.map((alert) => alert.kind)).toEqual(["transfer"]);
    const mails = await mailsTo([one, both, weekly, pending]);
    expect(mails.map((mail) => mail.to).sort()).toEqual(
      [`${P}-both@example.org`, `${P}-one@example.org`].sort(),
    );
    const ru = mails.find((mail) => mail.locale === "ru")!;
    expect(ru.payload).toMatchObject({
      alert: { kind: "transfer", subject: "Человек transfer", detail: "IK-3, Минская область" },
      followerId: both,
    });
    expect(JSON.stringify(mails)).not.toContain(CANARY);
  });

  it("a change to an unpublished profile reaches nobody", async () => {
    const id = await prisoner("draft", true);
    const watcher = await follower("draft-watcher", [{ prisonerId: id }, { countryCode: COUNTRY }]);
    await transfer(id, colony);
    await runAlerts(0);
    expect(await prisma.publicChangeFacts.count({ where: { entityId: id } })).toBe(0);
    expect(await alertsOf(id)).toEqual([]);
    expect(await mailsTo([watcher])).toEqual([]);
  });

  it("a transfer undone within the delay reaches nobody", async () => {
    const id = await prisoner("revert");
    const watcher = await follower("revert-watcher", [{ prisonerId: id }]);
    await transfer(id, colony);
    await runAlerts(3600);
    await edit(id, async (tx) => {
      await tx.detention.deleteMany({ where: { prisonerId: id, facilityId: colony } });
      await tx.detention.updateMany({ where: { prisonerId: id }, data: { endedOn: null } });
    });
    await runAlerts(0);
    expect(await alertsOf(id)).toEqual([]);
    expect(await mailsTo([watcher])).toEqual([]);
    expect(
      await prisma.publicChangeFacts.count({ where: { entityId: id, processedAt: null } }),
    ).toBe(0);
  });

  it("an item edited again and again still alerts once its first change has waited the longest wait", async () => {
    const id = await prisoner("busy");
    const watcher = await follower("busy-watcher", [{ prisonerId: id }]);
    await transfer(id, colony);
    // The transfer has stayed published for two hours; an editor saved the profile a moment ago.
    await prisma.publicChangeFacts.updateMany({
      where: { entityId: id, processedAt: null },
      data: { occurredAt: new Date(Date.now() - 2 * 3600_000) },
    });
    await edit(id, (tx) => tx.prisoner.update({ where: { id }, data: { status: "IMPRISONED" } }));
    await runAlerts(600);
    expect((await alertsOf(id)).map((alert) => alert.kind)).toEqual(["transfer"]);
    expect(await mailsTo([watcher])).toHaveLength(1);
    // The fresh edit waits for its own delay.
    expect(
      await prisma.publicChangeFacts.count({ where: { entityId: id, processedAt: null } }),
    ).toBe(1);
  });

  it("redacted status and detentions never reach an alert, the facts or an e-mail", async () => {
    const id = await prisoner("redacted");
    const watcher = await follower("redacted-watcher", [
      { prisonerId: id },
      { countryCode: COUNTRY },
    ]);
    await edit(id, (tx) =>
      tx.prisoner.update({ where: { id }, data: { redactedFields: ["status", "detentions"] } }),
    );
    await runAlerts(0);
    await transfer(id, colony);
    await edit(id, (tx) => tx.prisoner.update({ where: { id }, data: { status: "IMPRISONED" } }));
    await runAlerts(0);
    expect(await alertsOf(id)).toEqual([]);
    expect(await mailsTo([watcher])).toEqual([]);
    const facts = await prisma.publicChangeFacts.findMany({ where: { entityId: id } });
    expect(JSON.stringify(facts, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(
      new RegExp(`${colony}|IMPRISONED|${CANARY}`),
    );
  });

  it("a weekly follower gets the week's alerts in Monday's digest; one with none gets nothing", async () => {
    const id = await prisoner("digest");
    const weekly = await follower("digest-weekly", [{ prisonerId: id }], { cadence: "WEEKLY" });
    const quiet = await prisoner("quiet");
    const idle = await follower("digest-idle", [{ prisonerId: quiet }], { cadence: "WEEKLY" });
    await transfer(id, colony);
    await edit(id, (tx) => tx.prisoner.update({ where: { id }, data: { status: "IMPRISONED" } }));
    await runAlerts(0);
    expect(await mailsTo([weekly])).toEqual([]);

    const nextMonday = new Date(`${addDays(new Date().toISOString().slice(0, 10), 7)}T07:00:00Z`);
    // A database kept from an earlier run may hold that week's run already.
    await prisma.followDigestRun.deleteMany({
      where: { weekOf: new Date(`${digestWeekOf(nextMonday)}T00:00:00Z`) },
    });
    const result = await sendWeeklyDigests({ now: nextMonday, batchSize: 2 });
    await sendWeeklyDigests({ now: nextMonday });
    const digests = await mailsTo([weekly, idle], "follow.digest");
    expect(digests).toHaveLength(1);
    expect(digests[0]!.to).toBe(`${P}-digest-weekly@example.org`);
    const items = (digests[0]!.payload as { items: { kind: string }[] }).items;
    expect(items.map((item) => item.kind).sort()).toEqual(["status", "transfer"]);
    expect(result.weekOf <= nextMonday.toISOString().slice(0, 10)).toBe(true);
  });

  it("a sponsor gets the prisoner's alerts in its language with its own one-click unsubscribe, which a bare POST honours and audits once", async () => {
    const id = await prisoner("sponsored");
    const letter = await insertPetition(prisma, { slug: `${P}-letter`, label: "alerts" });
    const signatory = (name: string) =>
      prisma.notableSignatory.create({
        data: { letterId: letter.id, name, verifiedAt: new Date() },
        select: { id: true },
      });
    const sponsorship = async (name: string, email: string, alertLocale?: "ru") =>
      prisma.prisonerSponsor.create({
        data: {
          prisonerId: id,
          signatoryId: (await signatory(name)).id,
          since: new Date("2026-01-01"),
          state: "PUBLISHED",
          alertEmail: email,
          ...(alertLocale ? { alertLocale } : {}),
        },
        select: { id: true },
      });
    const sponsor = await sponsorship("Jane Sponsor", `${P}-mep@example.org`);
    await sponsorship("Ivan Deputatov", `${P}-duma@example.org`, "ru");
    await transfer(id, colony);
    await runAlerts(0);
    const alert = await prisma.followAlert.findFirstOrThrow({
      where: { prisonerIds: { has: id }, kind: "transfer" },
      select: { content: true },
    });
    const content = alert.content as Record<"en" | "ru", { subject: string }>;
    expect(content.ru.subject).not.toBe(content.en.subject);
    const mailTo = (to: string) =>
      prisma.outboxMessage.findMany({
        where: { kind: "follow.sponsor-alert", to },
        select: { locale: true, payload: true },
      });
    const english = await mailTo(`${P}-mep@example.org`);
    expect(english).toHaveLength(1);
    expect(english[0]!.locale).toBe("en");
    expect((english[0]!.payload as { alert: unknown }).alert).toEqual(content.en);
    const russian = await mailTo(`${P}-duma@example.org`);
    expect(russian).toHaveLength(1);
    expect(russian[0]!.locale).toBe("ru");
    expect((russian[0]!.payload as { alert: unknown }).alert).toEqual(content.ru);

    const stop = (token: string) =>
      stopSponsor(
        new Request(`http://localhost/api/follows/sponsor-unsubscribe/x`, { method: "POST" }),
        { params: Promise.resolve({ token }) },
      );
    const stopped = { action: "prisonerSponsor.alerts_stopped", entityId: sponsor.id };
    const response = await stop(sponsorAlertsToken(sponsor.id));
    expect(response.status).toBe(200);
    const row = await prisma.prisonerSponsor.findUniqueOrThrow({ where: { id: sponsor.id } });
    expect(row.alertEmail).toBeNull();
    const audits = await prisma.auditLog.findMany({ where: stopped });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: null,
      entityType: "PrisonerSponsor",
      details: { prisonerId: id },
    });
    expect(JSON.stringify({ ...audits[0], id: undefined })).not.toContain("@example.org");
    // Stopped already: a second press changes nothing and records nothing.
    expect((await stop(sponsorAlertsToken(sponsor.id))).status).toBe(200);
    expect(await prisma.auditLog.count({ where: stopped })).toBe(1);
    const forged = await stop(`${sponsor.id}.${"0".repeat(64)}`);
    expect(forged.status).toBe(200);
    expect(await prisma.auditLog.count({ where: stopped })).toBe(1);
  });

  it("fans out in batches that each move the cursor, one e-mail per follower", async () => {
    const id = await prisoner("batches");
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) ids.push(await follower(`batch-${i}`, [{ prisonerId: id }]));
    const alert = await prisma.followAlert.create({
      data: {
        dedupeKey: `${P}-batch-test`,
        kind: "event",
        prisonerIds: [id],
        content: {
          en: {
            kind: "event",
            subject: "P",
            url: "https://vigil.example/en/p",
            date: null,
            detail: "x",
            summary: null,
          },
          ru: {
            kind: "event",
            subject: "P",
            url: "https://vigil.example/ru/p",
            date: null,
            detail: "x",
            summary: null,
          },
        },
      },
      select: { id: true },
    });
    const sizes: (number | null)[] = [];
    for (;;) {
      const size = await queueFanOutBatch(alert.id, 5);
      sizes.push(size);
      if (size === null) break;
    }
    expect(sizes).toEqual([5, 5, 2, null]);
    const mails = await mailsTo(ids);
    expect(new Set(mails.map((mail) => mail.to)).size).toBe(12);
    expect(mails).toHaveLength(12);
    const done = await prisma.followAlert.findUniqueOrThrow({ where: { id: alert.id } });
    expect(done.fannedOutAt).not.toBeNull();
    expect(done.queued).toBe(12);
  });

  it("a letter's delivery reaches the letter's followers and its prisoner's, once each", async () => {
    const id = await prisoner("letter-linked");
    const letter = await insertPetition(prisma, { slug: `${P}-delivered`, label: "delivered" });
    const ofLetter = await follower("of-letter", [{ letterId: letter.id }]);
    const ofBoth = await follower("of-both", [{ letterId: letter.id }, { prisonerId: id }]);
    const editLetter = async (apply: (tx: Tx) => Promise<unknown>) => {
      const { version } = await prisma.letter.findUniqueOrThrow({
        where: { id: letter.id },
        select: { version: true },
      });
      await updateContent(editor, {
        type: "letter",
        id: letter.id,
        expectedVersion: version,
        apply: async (tx) => {
          await apply(tx);
        },
      });
    };
    await editLetter((tx) =>
      tx.letterPrisoner.create({ data: { letterId: letter.id, prisonerId: id } }),
    );
    await editLetter((tx) =>
      tx.letterDelivery.create({
        data: {
          letterId: letter.id,
          deliveredOn: new Date("2026-12-01"),
          recipient: "The Ministry",
        },
      }),
    );
    await runAlerts(0);
    const mails = await mailsTo([ofLetter, ofBoth]);
    expect(mails).toHaveLength(2);
    expect(
      mails.map((mail) => (mail.payload as { alert: { kind: string; detail: string } }).alert),
    ).toEqual([
      expect.objectContaining({ kind: "delivery", detail: "The Ministry" }),
      expect.objectContaining({ kind: "delivery", detail: "The Ministry" }),
    ]);
  });

  it("a hearing three days ahead is reminded once, and not again after its announcement", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const announced = await prisoner("hearing-announced");
    const reminded = await prisoner("hearing-reminded");
    const watcher = await follower("hearing-watcher", [
      { prisonerId: announced },
      { prisonerId: reminded },
    ]);
    const trial = new Date(`${addDays(today, 2)}T00:00:00Z`);
    await edit(announced, (tx) =>
      tx.case.create({
        data: {
          prisonerId: announced,
          countryCode: COUNTRY,
          stage: "TRIAL",
          trialStartedOn: trial,
        },
      }),
    );
    // Set long ago (no change now): only the reminder can tell.
    await prisma.case.create({
      data: { prisonerId: reminded, countryCode: COUNTRY, stage: "TRIAL", trialStartedOn: trial },
    });
    await runAlerts(0);
    await remindCourtDates();
    await remindCourtDates();
    await fanOutPendingAlerts();
    const alerts = [...(await alertsOf(announced)), ...(await alertsOf(reminded))];
    expect(alerts.map((alert) => [alert.kind, alert.prisonerIds[0]])).toEqual([
      ["hearing", announced],
      ["hearing", reminded],
    ]);
    expect(await mailsTo([watcher])).toHaveLength(2);
  });
});
