import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { getDashboardAttention } from "@/lib/data/attention";
import { getItemsInReview, getMyDrafts } from "@/lib/data/attention-content";
import {
  getStaleProfiles,
  getUpcomingCourtDates,
  getUpcomingReleases,
} from "@/lib/data/attention-dates";
import { getOpenReports } from "@/lib/data/attention-reports";
import { monthsBefore, type AttentionOptions } from "@/lib/data/attention-windows";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { EventType, PrisonerStatus, PublicationState } from "@/lib/generated/prisma/client";
import { createStaffUser } from "../fixtures/staff-users";
import { insertPrisoner } from "../fixtures/prisoners";
import { ensureCountry } from "../fixtures/countries";

/**
 * The dashboard home's blocks against a real database. Time is fixed by passing `now`, and every
 * row of this file lives in its own country ("QW") with the prefix below; other test files share
 * the database, so lists are read with a large limit and narrowed to this file's rows, and counts
 * are compared with the counts taken before seeding.
 */
const P = "attention-it-";
const COUNTRY = "QW";
const NOW = new Date("2031-03-15T10:00:00Z");
const OPTIONS: AttentionOptions = { now: NOW, limit: 1000 };

/** A calendar day `days` from NOW's day, as a @db.Date value. */
const day = (days: number) => new Date(Date.UTC(2031, 2, 15 + days));

let editor: Actor;
let contributor: Actor;
let otherEditor: Actor;
const ids = new Map<string, string>();
const id = (name: string) => {
  const value = ids.get(name);
  if (!value) throw new Error(`No seeded row named ${name}`);
  return value;
};

function createUser(name: string, role: Actor["role"]): Promise<Actor> {
  return createStaffUser(role, { email: `${P}${name}@example.org`, name: `${name} (${role})` });
}

async function createPrisoner(
  name: string,
  fields: {
    state?: PublicationState;
    status?: PrisonerStatus;
    updatedAt?: Date;
    lastReviewedAt?: Date | null;
    createdById?: string;
  } = {},
) {
  const row = await insertPrisoner(
    { slug: `${P}${name}`, label: name, countryCode: COUNTRY },
    {
      name: { en: `Prisoner ${name}` },
      sortName: `Prisoner ${name}`,
      status: fields.status ?? "IMPRISONED",
      summary: { en: "Summary." },
      state: fields.state ?? "PUBLISHED",
      // Recent by default, so that only the stale-profile rows below are stale.
      updatedAt: fields.updatedAt ?? new Date("2031-03-01T00:00:00Z"),
      lastReviewedAt: fields.lastReviewedAt ?? null,
      createdById: fields.createdById ?? null,
    },
  );
  ids.set(`prisoner:${name}`, row.id);
  return row.id;
}

async function createCase(name: string, prisonerId: string, dates: Record<string, Date>) {
  const row = await prisma.case.create({
    data: { prisonerId, countryCode: COUNTRY, stage: "TRIAL", ...dates },
    select: { id: true },
  });
  ids.set(`case:${name}`, row.id);
  return row.id;
}

async function createEvent(
  name: string,
  fields: {
    type: EventType;
    date: Date;
    state?: PublicationState;
    prisonerId?: string;
    caseId?: string;
    createdById?: string;
  },
) {
  const row = await prisma.event.create({
    data: {
      type: fields.type,
      date: fields.date,
      text: { en: `Event ${name}` },
      state: fields.state ?? "PUBLISHED",
      caseId: fields.caseId ?? null,
      createdById: fields.createdById ?? null,
      prisoners: fields.prisonerId ? { create: { prisonerId: fields.prisonerId } } : undefined,
    },
    select: { id: true },
  });
  ids.set(`event:${name}`, row.id);
  return row.id;
}

async function baselineCounts() {
  const [inReview, reports, stale, releases, courtDates] = await Promise.all([
    getItemsInReview(editor, "en", OPTIONS),
    getOpenReports(editor, "en", OPTIONS),
    getStaleProfiles(editor, "en", OPTIONS),
    getUpcomingReleases(editor, "en", OPTIONS),
    getUpcomingCourtDates(editor, "en", OPTIONS),
  ]);
  return {
    inReview: inReview!.count,
    reports: reports!.count,
    unassigned: reports!.unassigned,
    stale: stale!.count,
    releases: releases!.count,
    courtDates: courtDates!.count,
  };
}

let before: Awaited<ReturnType<typeof baselineCounts>>;

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}country`, name: { en: "Qwland" } });
  [editor, contributor, otherEditor] = await Promise.all([
    createUser("editor", "EDITOR"),
    createUser("contributor", "CONTRIBUTOR"),
    createUser("other-editor", "EDITOR"),
  ]);
  before = await baselineCounts();

  // Releases: inside the window on its first and last day; outside before and after; people who
  // are no longer detained or whose profile is archived are not "coming up".
  const detained = await createPrisoner("detained");
  await createCase("release-today", detained, { expectedReleaseOn: day(0) });
  await createCase("release-day-30", detained, { expectedReleaseOn: day(30) });
  await createCase("release-day-31", detained, { expectedReleaseOn: day(31) });
  await createCase("release-yesterday", detained, { expectedReleaseOn: day(-1) });
  const released = await createPrisoner("released", { status: "RELEASED" });
  await createCase("release-already-free", released, { expectedReleaseOn: day(3) });
  const archived = await createPrisoner("archived", { state: "ARCHIVED" });
  await createCase("release-archived", archived, { expectedReleaseOn: day(3) });
  const draft = await createPrisoner("draft", { state: "DRAFT" });
  await createCase("release-draft", draft, { expectedReleaseOn: day(10) });

  // Court dates: case dates and court events in the window; other event types, archived events
  // and dates outside the window are left out.
  const defendant = await createPrisoner("defendant");
  const trial = await createCase("trial-starts", defendant, { trialStartedOn: day(7) });
  await createCase("verdict-was", defendant, { verdictOn: day(-1) });
  await createCase("appeal-decided", defendant, { appealDecidedOn: day(30) });
  await createCase("trial-day-31", defendant, { trialStartedOn: day(31) });
  await createEvent("hearing", { type: "HEARING", date: day(5), prisonerId: defendant });
  await createEvent("verdict-via-case", { type: "VERDICT", date: day(10), caseId: trial });
  await createEvent("protest", { type: "PROTEST", date: day(5), prisonerId: defendant });
  await createEvent("hearing-late", { type: "HEARING", date: day(40), prisonerId: defendant });
  await createEvent("hearing-archived", {
    type: "HEARING",
    date: day(3),
    state: "ARCHIVED",
    prisonerId: defendant,
  });
  await createEvent("hearing-of-draft", { type: "APPEAL", date: day(2), prisonerId: draft });

  // Stale profiles: the cutoff is six months before NOW, 2030-09-15 10:00 UTC.
  await createPrisoner("stale-never-reviewed", { updatedAt: new Date("2030-01-01T00:00:00Z") });
  await createPrisoner("stale-reviewed-long-ago", {
    updatedAt: new Date("2029-06-01T00:00:00Z"),
    lastReviewedAt: new Date("2030-09-14T00:00:00Z"),
  });
  await createPrisoner("fresh-reviewed", {
    updatedAt: new Date("2030-01-01T00:00:00Z"),
    lastReviewedAt: new Date("2031-01-01T00:00:00Z"),
  });
  await createPrisoner("fresh-updated", { updatedAt: new Date("2030-09-16T00:00:00Z") });
  await createPrisoner("stale-draft", {
    state: "DRAFT",
    updatedAt: new Date("2030-01-01T00:00:00Z"),
  });

  // In review: one of each reviewable kind; letters have no review state.
  await createPrisoner("in-review", { state: "IN_REVIEW" });
  const publication = await prisma.publication.create({
    data: {
      slug: `${P}publication-in-review`,
      type: "NEWS",
      title: { en: "Publication in review" },
      summary: { en: "Summary." },
      body: {},
      state: "IN_REVIEW",
    },
    select: { id: true },
  });
  ids.set("publication:in-review", publication.id);
  await createEvent("in-review", {
    type: "STATEMENT",
    date: day(-100),
    state: "IN_REVIEW",
    prisonerId: defendant,
  });

  // Inaccuracy reports on the detained person's profile.
  // The unassigned report is the newest, yet listed first.
  const report = async (
    name: string,
    receivedOn: string,
    data: { assigneeId?: string; status?: "RESOLVED" },
  ) => {
    const row = await prisma.inaccuracyReport.create({
      data: {
        prisonerId: detained,
        message: `Report ${name}`,
        status: data.status ?? (data.assigneeId ? "ASSIGNED" : "OPEN"),
        assigneeId: data.assigneeId ?? null,
        createdAt: new Date(`${receivedOn}T00:00:00Z`),
      },
      select: { id: true },
    });
    ids.set(`report:${name}`, row.id);
  };
  await report("assigned-to-me", "2031-03-01", { assigneeId: editor.id });
  await report("assigned-to-other", "2031-03-02", { assigneeId: otherEditor.id });
  await report("unassigned", "2031-03-10", {});
  await report("resolved", "2031-02-01", { status: "RESOLVED", assigneeId: editor.id });

  // Drafts: the contributor's own drafts of every kind; someone else's draft and the
  // contributor's published item are not "my drafts".
  await createPrisoner("my-draft", { state: "DRAFT", createdById: contributor.id });
  await createPrisoner("my-published", { createdById: contributor.id });
  await createPrisoner("their-draft", { state: "DRAFT", createdById: editor.id });
  const myPublication = await prisma.publication.create({
    data: {
      slug: `${P}my-publication`,
      type: "NEWS",
      title: { en: "My draft publication" },
      summary: { en: "Summary." },
      body: {},
      createdById: contributor.id,
    },
    select: { id: true },
  });
  ids.set("publication:my-draft", myPublication.id);
  const myLetter = await prisma.letter.create({
    data: {
      slug: `${P}my-letter`,
      kind: "PETITION",
      title: { en: "My draft letter" },
      addresseeName: { en: "Someone" },
      createdById: contributor.id,
    },
    select: { id: true },
  });
  ids.set("letter:my-draft", myLetter.id);
  await createEvent("my-draft", {
    type: "HEARING",
    date: day(-200),
    state: "DRAFT",
    prisonerId: defendant,
    createdById: contributor.id,
  });
});

afterAll(async () => {
  await prisma.$disconnect();
});

/** The names of this file's rows among the given ids, sorted. */
function seeded(keys: string[]): string[] {
  const names = new Map([...ids.entries()].map(([name, value]) => [value, name]));
  return keys
    .map((key) => names.get(key))
    .filter((name): name is string => name !== undefined)
    .sort();
}

/** Date items carry `case:<id>:<field>` or `event:<id>`; map them back to the seeded names. */
function seededDates(keys: string[]): string[] {
  return seeded(keys.map((key) => key.split(":")[1]!));
}

describe("coming releases", () => {
  it("lists expected releases from today to 30 days ahead of people still detained", async () => {
    const block = await getUpcomingReleases(editor, "en", OPTIONS);

    expect(seededDates(block!.items.map((item) => item.key))).toEqual([
      "case:release-day-30",
      "case:release-draft",
      "case:release-today",
    ]);
    expect(block!.count - before.releases).toBe(3);
  });

  it("shows a contributor only the releases of draft profiles, which they may edit", async () => {
    const block = await getUpcomingReleases(contributor, "en", OPTIONS);

    expect(seededDates(block!.items.map((item) => item.key))).toEqual(["case:release-draft"]);
  });

  it("orders releases by date and links to the prisoner's edit page", async () => {
    const block = await getUpcomingReleases(editor, "en", OPTIONS);
    const ours = block!.items.filter((item) => item.prisonerId === id("prisoner:detained"));

    expect(ours.map((item) => item.date.iso)).toEqual(["2031-03-15", "2031-04-14"]);
    // Expected releases are case fields, edited on the profile's cases tab.
    expect(ours[0]!.href).toBe(`/dashboard/prisoners/${id("prisoner:detained")}/cases`);
    expect(ours[0]!.prisonerName?.text).toBe("Prisoner detained");
  });
});

describe("coming court dates", () => {
  it("lists court events and case court dates in the next 30 days, and nothing else", async () => {
    const block = await getUpcomingCourtDates(editor, "en", OPTIONS);
    const keys = block!.items.map((item) => item.key);

    expect(seededDates(keys)).toEqual([
      "case:appeal-decided",
      "case:trial-starts",
      "event:hearing",
      "event:hearing-of-draft",
      "event:verdict-via-case",
    ]);
    expect(block!.count - before.courtDates).toBe(5);
    const verdict = block!.items.find(
      (item) => item.key === `event:${id("event:verdict-via-case")}`,
    );
    // An event tied only to a case still names the case's prisoner.
    expect(verdict?.prisonerId).toBe(id("prisoner:defendant"));
    expect(verdict?.kind).toBe("VERDICT");
    expect(verdict?.href).toBe(`/dashboard/prisoners/${id("prisoner:defendant")}/cases`);
    const hearing = block!.items.find((item) => item.key === `event:${id("event:hearing")}`);
    expect(hearing?.href).toBe(`/dashboard/prisoners/${id("prisoner:defendant")}/timeline`);
  });

  it("shows a contributor only the court dates of draft profiles", async () => {
    const block = await getUpcomingCourtDates(contributor, "en", OPTIONS);

    expect(seededDates(block!.items.map((item) => item.key))).toEqual(["event:hearing-of-draft"]);
  });
});

describe("stale profiles", () => {
  it("lists published profiles neither updated nor reviewed for six months", async () => {
    const block = await getStaleProfiles(editor, "en", OPTIONS);

    expect(seeded(block!.items.map((item) => item.prisonerId))).toEqual([
      "prisoner:stale-never-reviewed",
      "prisoner:stale-reviewed-long-ago",
    ]);
    expect(block!.count - before.stale).toBe(2);
  });

  it("reports the later of the last change and the last review", async () => {
    const block = await getStaleProfiles(editor, "en", OPTIONS);
    const item = block!.items.find((i) => i.prisonerId === id("prisoner:stale-reviewed-long-ago"));

    expect(item?.lastTouchedAt).toBe("2030-09-14T00:00:00.000Z");
  });

  it("is not shown to a contributor, who cannot edit published profiles", async () => {
    expect(await getStaleProfiles(contributor, "en", OPTIONS)).toBeNull();
  });
});

describe("items in review", () => {
  it("counts and lists prisoners, publications and events in review for an editor", async () => {
    const block = await getItemsInReview(editor, "en", OPTIONS);

    expect(seeded(block!.items.map((item) => item.id))).toEqual([
      "event:in-review",
      "prisoner:in-review",
      "publication:in-review",
    ]);
    expect(block!.count - before.inReview).toBe(3);
    const prisoner = block!.items.find((item) => item.id === id("prisoner:in-review"));
    expect(prisoner?.href).toBe(`/dashboard/prisoners/${id("prisoner:in-review")}`);
    const publication = block!.items.find((item) => item.id === id("publication:in-review"));
    expect(publication?.href).toBe(`/dashboard/publications/${id("publication:in-review")}`);
    const event = block!.items.find((item) => item.id === id("event:in-review"));
    expect(event?.href).toBe(`/dashboard/prisoners/${id("prisoner:defendant")}/timeline`);
  });

  it("is not shown to a contributor, who cannot publish", async () => {
    expect(await getItemsInReview(contributor, "en", OPTIONS)).toBeNull();
  });
});

describe("open inaccuracy reports", () => {
  it("counts open and assigned reports, unassigned first, and those assigned to me", async () => {
    const block = await getOpenReports(editor, "en", OPTIONS);

    expect(block!.count - before.reports).toBe(3);
    expect(block!.unassigned - before.unassigned).toBe(1);
    expect(block!.assignedToMe).toBe(1);
    const ours = block!.items.filter((item) => seeded([item.id]).length > 0);
    expect(ours.map((item) => seeded([item.id])[0])).toEqual([
      "report:unassigned",
      "report:assigned-to-me",
      "report:assigned-to-other",
    ]);
    expect(ours.find((item) => item.assignedToMe)?.id).toBe(id("report:assigned-to-me"));
  });

  it("is not shown to a contributor, who cannot assign or resolve reports", async () => {
    expect(await getOpenReports(contributor, "en", OPTIONS)).toBeNull();
  });
});

describe("my drafts", () => {
  it("lists exactly the drafts the actor started, of every kind", async () => {
    const block = await getMyDrafts(contributor, "en", OPTIONS);

    expect(block.count).toBe(4);
    expect(seeded(block.items.map((item) => item.id))).toEqual([
      "event:my-draft",
      "letter:my-draft",
      "prisoner:my-draft",
      "publication:my-draft",
    ]);
  });
});

describe("the whole home", () => {
  it("gives a contributor only their drafts and the dates of drafts they may edit", async () => {
    const home = await getDashboardAttention(contributor, "en", OPTIONS);

    expect(home.inReview).toBeNull();
    expect(home.reports).toBeNull();
    expect(home.staleProfiles).toBeNull();
    expect(home.releases).not.toBeNull();
    expect(home.courtDates).not.toBeNull();
    expect(home.myDrafts.count).toBe(4);
    expect(home.datesOfDraftsOnly).toBe(true);
  });

  it("gives an editor every block, with dates of every profile they may edit", async () => {
    const home = await getDashboardAttention(editor, "en", OPTIONS);

    expect(home.inReview).not.toBeNull();
    expect(home.reports).not.toBeNull();
    expect(home.staleProfiles).not.toBeNull();
    expect(home.datesOfDraftsOnly).toBe(false);
  });

  it("refuses a signed-out caller", async () => {
    await expect(getDashboardAttention(null as unknown as Actor, "en", OPTIONS)).rejects.toThrow(
      ForbiddenError,
    );
  });
});

describe("the six-month cutoff", () => {
  it("clamps to the end of a shorter month", () => {
    expect(monthsBefore(new Date("2031-08-31T12:00:00Z"), 6).toISOString()).toBe(
      "2031-02-28T12:00:00.000Z",
    );
  });
});
