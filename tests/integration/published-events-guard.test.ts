import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { restoreRevisionAction } from "@/lib/actions/content/restore-revision";
import { updatePrisonerCases } from "@/lib/actions/prisoners/update-prisoner-cases";
import { updatePrisonerTimeline } from "@/lib/actions/prisoners/update-prisoner-timeline";
import { updateContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { draftPrisoner, storeCountry, STORE_COUNTRY } from "../fixtures/content-store";
import { actionForm, runAction } from "../fixtures/server-actions";
import { prisonerVersion } from "../fixtures/prisoners";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  refresh: () => undefined,
}));

/**
 * A timeline event has its own publication state and may concern several prisoners, so it can be
 * published while a profile it is on is a draft a contributor may edit. Through the server actions
 * as a forged request would call them: a contributor cannot change, unlink or delete such an
 * event (timeline tab, cases tab, restoring a revision) and nothing is written; saving it
 * unchanged still works; an editor keeps every power.
 */

const PUBLISHED_TEXT = "Sentenced to seven years in a penal colony.";

let editor: StaffUser;
let contributor: StaffUser;
let sourceId: string;
/** The contributor's draft profile, a published profile, and the event published on both. */
let draftId: string;
let publishedId: string;
let eventId: string;
let caseId: string;

beforeAll(async () => {
  await storeCountry();
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
  sourceId = (
    await prisma.source.create({
      data: {
        title: "Court press release",
        url: "https://court.example/verdict",
        confidence: "REPORTED",
      },
    })
  ).id;
});

beforeEach(async () => {
  draftId = (await draftPrisoner(contributor, "Draft Person")).id;
  const published = await draftPrisoner(editor, "Published Person");
  publishedId = published.id;
  await prisma.prisoner.update({ where: { id: publishedId }, data: { state: "PUBLISHED" } });
  caseId = (
    await prisma.case.create({
      data: {
        prisonerId: draftId,
        countryCode: STORE_COUNTRY,
        stage: "TRIAL",
        title: { en: "The leaflet case" },
      },
      select: { id: true },
    })
  ).id;
  eventId = (
    await prisma.event.create({
      data: {
        date: new Date("2024-05-01T00:00:00Z"),
        datePrecision: "DAY",
        type: "VERDICT",
        text: { en: PUBLISHED_TEXT },
        countryCode: STORE_COUNTRY,
        caseId,
        state: "PUBLISHED",
        publishedAt: new Date(),
        prisoners: { create: [{ prisonerId: publishedId }, { prisonerId: draftId }] },
        citations: { create: { sourceId, position: 0, locator: "p. 2" } },
      },
      select: { id: true },
    })
  ).id;
  // Revision 2 of the draft has the event (revision 1, its creation, has none).
  await updateContent(
    { ...editor },
    { type: "prisoner", id: draftId, expectedVersion: 1, apply: async () => {} },
  );
});

afterEach(() => signOutRequest());

/** The timeline form of the draft with the published event as stored, plus `fields`. */
async function timelineForm(fields: Record<string, string> = {}): Promise<FormData> {
  return actionForm({
    id: draftId,
    expectedVersion: String(await prisonerVersion(draftId)),
    "events.0.id": eventId,
    "events.0.date": "2024-05-01",
    "events.0.type": "VERDICT",
    "events.0.text.en": PUBLISHED_TEXT,
    "events.0.state": "PUBLISHED",
    "events.0.caseId": caseId,
    "events.0.citations.0.sourceId": sourceId,
    "events.0.citations.0.locator": "p. 2",
    ...fields,
  });
}

async function storedEvent() {
  return prisma.event.findUnique({
    where: { id: eventId },
    include: { prisoners: true, citations: true },
  });
}

describe("the timeline tab", () => {
  it("refuses a contributor's change to a published event's text, and writes nothing", async () => {
    const before = await storedEvent();
    const version = await prisonerVersion(draftId);
    await signInRequestAs(contributor);
    const state = await runAction(
      updatePrisonerTimeline,
      await timelineForm({ "events.0.text.en": "Acquitted." }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect(await storedEvent()).toEqual(before);
    expect(await prisonerVersion(draftId)).toBe(version);
  });

  it("refuses a contributor's change to its date, type, sources or state", async () => {
    await signInRequestAs(contributor);
    const changes: Record<string, string>[] = [
      { "events.0.date": "2024-05-02" },
      { "events.0.type": "APPEAL" },
      { "events.0.citations.0.locator": "p. 3" },
      { "events.0.state": "ARCHIVED" },
    ];
    for (const change of changes) {
      const state = await runAction(updatePrisonerTimeline, await timelineForm(change));
      expect(state, JSON.stringify(change)).toMatchObject({ status: "error", code: "forbidden" });
    }
    expect((await storedEvent())?.text).toEqual({ en: PUBLISHED_TEXT });
  });

  it("refuses a contributor's removal of a published event from the draft", async () => {
    await signInRequestAs(contributor);
    const state = await runAction(
      updatePrisonerTimeline,
      actionForm({ id: draftId, expectedVersion: String(await prisonerVersion(draftId)) }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect((await storedEvent())?.prisoners.map((link) => link.prisonerId).sort()).toEqual(
      [publishedId, draftId].sort(),
    );
  });

  it("lets a contributor save the draft's timeline with the published event unchanged and add a draft event", async () => {
    await signInRequestAs(contributor);
    const state = await runAction(
      updatePrisonerTimeline,
      await timelineForm({
        "events.1.date": "2024-06",
        "events.1.type": "TRANSFER",
        "events.1.text.en": "Moved to another colony.",
        "events.1.state": "DRAFT",
        "events.1.citations.0.sourceId": sourceId,
      }),
    );
    expect(state).toMatchObject({ status: "success" });
    const links = await prisma.eventPrisoner.findMany({ where: { prisonerId: draftId } });
    expect(links).toHaveLength(2);
    expect((await storedEvent())?.text).toEqual({ en: PUBLISHED_TEXT });
  });

  it("lets an editor change a published event", async () => {
    await signInRequestAs(editor);
    const state = await runAction(
      updatePrisonerTimeline,
      await timelineForm({ "events.0.text.en": "Sentence reduced to five years." }),
    );
    expect(state).toMatchObject({ status: "success" });
    expect((await storedEvent())?.text).toEqual({ en: "Sentence reduced to five years." });
  });
});

describe("the cases tab", () => {
  it("refuses a contributor's deletion of a case a published event belongs to", async () => {
    await signInRequestAs(contributor);
    const state = await runAction(
      updatePrisonerCases,
      actionForm({ id: draftId, expectedVersion: String(await prisonerVersion(draftId)) }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect((await storedEvent())?.caseId).toBe(caseId);
    expect(await prisma.case.count({ where: { id: caseId } })).toBe(1);
  });
});

describe("restoring a revision of the draft", () => {
  async function restore(user: StaffUser, revisionNumber: number) {
    await signInRequestAs(user);
    return runAction(
      restoreRevisionAction,
      actionForm({
        type: "prisoner",
        id: draftId,
        revisionNumber: String(revisionNumber),
        expectedVersion: String(await prisonerVersion(draftId)),
      }),
    );
  }

  it("refuses a contributor's restore that would bring back an old text of a published event", async () => {
    // The event was corrected since revision 2 (through the published profile).
    await prisma.event.update({ where: { id: eventId }, data: { text: { en: "Corrected." } } });
    const state = await restore(contributor, 2);
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect((await storedEvent())?.text).toEqual({ en: "Corrected." });
  });

  it("refuses a contributor's restore that would unlink a published event", async () => {
    const state = await restore(contributor, 1);
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect(await prisma.eventPrisoner.count({ where: { eventId, prisonerId: draftId } })).toBe(1);
  });

  it("refuses a contributor's restore that would publish an event again", async () => {
    // Archived since revision 2, where it was published.
    await prisma.event.update({ where: { id: eventId }, data: { state: "ARCHIVED" } });
    const state = await restore(contributor, 2);
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect((await storedEvent())?.state).toBe("ARCHIVED");
  });

  it("lets a contributor restore when the published event stays as it is", async () => {
    const state = await restore(contributor, 2);
    expect(state).toMatchObject({ status: "success" });
    expect((await storedEvent())?.text).toEqual({ en: PUBLISHED_TEXT });
  });

  it("lets an editor restore an old text of a published event", async () => {
    await prisma.event.update({ where: { id: eventId }, data: { text: { en: "Corrected." } } });
    const state = await restore(editor, 2);
    expect(state).toMatchObject({ status: "success" });
    expect((await storedEvent())?.text).toEqual({ en: PUBLISHED_TEXT });
  });
});
