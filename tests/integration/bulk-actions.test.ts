import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { bulkReview } from "@/lib/actions/content/bulk-review";
import { bulkInvalidateSignatures } from "@/lib/actions/letters/bulk-invalidate-signatures";
import { bulkReports } from "@/lib/actions/reports/bulk-reports";
import { initialFormState, type FormState } from "@/lib/actions/staff-action";
import { transitionContent, updateContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { BulkOutcome } from "@/lib/validation/bulk";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { draftPrisoner } from "../fixtures/content-store";
import { ensureCountry } from "../fixtures/countries";
import { formOf, type FormFields } from "../fixtures/server-actions";
import { createPetition, insertSignature } from "../fixtures/signing";
import {
  clearNextCacheCalls,
  createEditorAndContributor,
  refresh,
} from "../fixtures/staff-action-test";
import type { StaffUser } from "../fixtures/staff-users";

/**
 * The dashboard's bulk actions called as a forged or real form post would call them: a real
 * session, the real wrapper, policy, content store and database. The selection posted is only a
 * candidate list: the server re-checks every id against the scope, resolves "all matching" at
 * action time, asks for a confirmation naming the count it will act on, and reports per item.
 */
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);
// Observed, not replaced: how often a batch marks the public pages stale.
const revalidateContent = vi.hoisted(() => vi.fn());
vi.mock("@/lib/data/cache", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/data/cache")>();
  revalidateContent.mockImplementation(original.revalidateContent);
  return { ...original, revalidateContent };
});
vi.mock("next/cache", async (importOriginal) =>
  (await import("../fixtures/staff-action-test")).nextCacheModule(await importOriginal()),
);

let editor: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  ({ editor, contributor } = await createEditorAndContributor());
});

afterEach(() => {
  signOutRequest();
  clearNextCacheCalls();
});

type Action = (state: FormState<BulkOutcome>, data: FormData) => Promise<FormState<BulkOutcome>>;

async function post(action: Action, fields: FormFields): Promise<FormState<BulkOutcome>> {
  return action(initialFormState as FormState<BulkOutcome>, formOf(fields));
}

function outcomeOf(state: FormState<BulkOutcome>): BulkOutcome {
  if (state.status !== "success") throw new Error(`not a success: ${JSON.stringify(state)}`);
  return state.result;
}

function statuses(ids: string[]) {
  return prisma.signature
    .findMany({ where: { id: { in: ids } }, select: { id: true, status: true } })
    .then((rows) => Object.fromEntries(rows.map((row) => [row.id, row.status])));
}

describe("bulk invalidation of flagged signatures", () => {
  it("acts only on the letter's own signatures, and audits an id of another letter", async () => {
    const [letter, other] = await Promise.all([
      createPetition("bulk-own"),
      createPetition("bulk-other"),
    ]);
    const own = [
      await insertSignature(letter, "CONFIRMED", ["BURST_FROM_NETWORK"]),
      await insertSignature(letter, "PENDING", ["BURST_FROM_NETWORK"]),
    ];
    const foreign = await insertSignature(other, "CONFIRMED", ["BURST_FROM_NETWORK"]);
    await signInRequestAs(editor);
    const fields = { letterId: letter.id, ids: [...own, foreign], reason: "automated" };

    const asked = outcomeOf(await post(bulkInvalidateSignatures, { ...fields, op: "invalidate" }));
    expect(asked).toMatchObject({
      stage: "confirm",
      count: 2,
      question: "Invalidate 2 signatures?",
    });
    const done = outcomeOf(
      await post(bulkInvalidateSignatures, { ...fields, confirm: "invalidate:2" }),
    );

    expect(done).toMatchObject({ stage: "done", summary: "2 signatures invalidated of 2." });
    expect(await statuses([...own, foreign])).toEqual({
      [own[0]!]: "INVALIDATED",
      [own[1]!]: "INVALIDATED",
      [foreign]: "CONFIRMED",
    });
    const refused = await prisma.auditLog.findMany({
      where: { action: "signature.bulk_out_of_scope", entityId: letter.id },
    });
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0]!.actorId).toBe(editor.id);
    expect((refused[0]!.details as { ids: string[] }).ids).toEqual([foreign]);
  });

  it("resolve 'all matching this filter' on the server, and ask again when the count moved", async () => {
    const letter = await createPetition("bulk-filter");
    const network = [];
    for (let index = 0; index < 3; index += 1) {
      network.push(await insertSignature(letter, "CONFIRMED", ["BURST_FROM_NETWORK"]));
    }
    const disposable = await insertSignature(letter, "CONFIRMED", ["DISPOSABLE_DOMAIN"]);
    await signInRequestAs(editor);
    const fields = {
      letterId: letter.id,
      all: "matching",
      filterReason: "BURST_FROM_NETWORK",
      reason: "automated",
    };

    const asked = outcomeOf(await post(bulkInvalidateSignatures, { ...fields, op: "invalidate" }));
    expect(asked).toMatchObject({ stage: "confirm", count: 3 });
    // One more arrives from the same network before the editor confirms.
    network.push(await insertSignature(letter, "CONFIRMED", ["BURST_FROM_NETWORK"]));
    const again = outcomeOf(
      await post(bulkInvalidateSignatures, { ...fields, confirm: "invalidate:3" }),
    );
    expect(again).toMatchObject({ stage: "confirm", count: 4, changedFrom: 3 });
    expect(Object.values(await statuses(network))).not.toContain("INVALIDATED");
    const done = outcomeOf(
      await post(bulkInvalidateSignatures, { ...fields, confirm: "invalidate:4" }),
    );

    expect(done).toMatchObject({ stage: "done" });
    expect(new Set(Object.values(await statuses(network)))).toEqual(new Set(["INVALIDATED"]));
    expect(await statuses([disposable])).toEqual({ [disposable]: "CONFIRMED" });
  });

  it("refuse more ids than one request may carry", async () => {
    const letter = await createPetition("bulk-bound");
    await signInRequestAs(editor);
    const ids = Array.from(
      { length: 501 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    );

    const state = await post(bulkInvalidateSignatures, {
      letterId: letter.id,
      ids,
      reason: "automated",
      op: "invalidate",
    });

    expect(state).toMatchObject({ status: "invalid" });
    expect(state.status === "invalid" && state.fieldErrors.ids).toMatch(/At most 500 rows/);
  });
});

async function inReview(title: string) {
  const draft = await draftPrisoner(editor, title);
  const { version } = await transitionContent(editor, {
    type: "prisoner",
    id: draft.id,
    expectedVersion: draft.version,
    to: "IN_REVIEW",
  });
  return { id: draft.id, version };
}

describe("bulk decisions in the review queue", () => {
  it("publish each item through the store and report the one changed since the page loaded", async () => {
    const fresh = await inReview("Bulk Fresh");
    const stale = await inReview("Bulk Stale");
    // Someone saves the second one after the queue was rendered.
    await updateContent(editor, {
      type: "prisoner",
      id: stale.id,
      expectedVersion: stale.version,
      apply: async () => {},
    });
    await signInRequestAs(editor);
    const ids = [`prisoner:${fresh.id}:${fresh.version}`, `prisoner:${stale.id}:${stale.version}`];

    const asked = outcomeOf(await post(bulkReview, { ids, op: "publish", locale: "en" }));
    expect(asked).toMatchObject({ stage: "confirm", count: 2, question: "Publish 2 items?" });
    const done = outcomeOf(await post(bulkReview, { ids, confirm: "publish:2", locale: "en" }));

    expect(done).toMatchObject({
      stage: "done",
      summary: "Published 1 of 2; 1 changed since you loaded the page.",
      failures: [{ id: `prisoner:${stale.id}`, label: "Bulk Stale" }],
    });
    const rows = await prisma.prisoner.findMany({
      where: { id: { in: [fresh.id, stale.id] } },
      select: { id: true, state: true },
    });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.state]))).toEqual({
      [fresh.id]: "PUBLISHED",
      [stale.id]: "IN_REVIEW",
    });
    const published = await prisma.auditLog.count({
      where: { entityType: "Prisoner", entityId: fresh.id, action: "prisoner.publish" },
    });
    expect(published).toBe(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("revalidate the batch's cache tags once each, after the last item", async () => {
    const items = [await inReview("Bulk Tags One"), await inReview("Bulk Tags Two")];
    await signInRequestAs(editor);
    const ids = items.map((item) => `prisoner:${item.id}:${item.version}`);
    revalidateContent.mockClear();

    const done = outcomeOf(await post(bulkReview, { ids, confirm: "publish:2", locale: "en" }));

    expect(done).toMatchObject({ stage: "done", failures: [] });
    // Both profiles share their list and country tags: one revalidation with the union of both
    // items' tags, not one per item.
    expect(revalidateContent).toHaveBeenCalledTimes(1);
    const tags = revalidateContent.mock.calls[0]!;
    expect(tags).toEqual([...new Set(tags)]);
    expect(tags.some((tag) => tag.includes(items[0]!.id))).toBe(true);
    expect(tags.some((tag) => tag.includes(items[1]!.id))).toBe(true);
  });

  it("need a note to return items to draft", async () => {
    const item = await inReview("Bulk Return");
    await signInRequestAs(editor);
    const ids = [`prisoner:${item.id}:${item.version}`];

    const refused = await post(bulkReview, { ids, op: "return", locale: "en" });
    expect(refused).toMatchObject({ status: "invalid" });
    const note = "Sources missing for the arrest date.";
    await post(bulkReview, { ids, op: "return", note, locale: "en" });
    const done = outcomeOf(
      await post(bulkReview, { ids, confirm: "return:1", note, locale: "en" }),
    );

    expect(done).toMatchObject({ stage: "done", failures: [] });
    const row = await prisma.prisoner.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.state).toBe("DRAFT");
    const revision = await prisma.revision.findFirst({
      where: { entityType: "Prisoner", entityId: item.id },
      orderBy: { number: "desc" },
    });
    expect(revision?.summary).toBe(note);
  });

  it("refuse a contributor's bulk publish", async () => {
    const item = await inReview("Bulk Contributor");
    await signInRequestAs(contributor);
    const ids = [`prisoner:${item.id}:${item.version}`];

    const state = await post(bulkReview, { ids, confirm: "publish:1", locale: "en" });

    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    const row = await prisma.prisoner.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.state).toBe("IN_REVIEW");
  });

  it("ignore and audit an entry naming no item", async () => {
    const item = await inReview("Bulk Scope");
    await signInRequestAs(editor);
    const forged = "prisoner:does-not-exist:1";

    const asked = outcomeOf(
      await post(bulkReview, {
        ids: [`prisoner:${item.id}:${item.version}`, forged],
        op: "publish",
        locale: "en",
      }),
    );

    expect(asked).toMatchObject({ stage: "confirm", count: 1 });
    const audit = await prisma.auditLog.findFirst({
      where: { action: "review.bulk_out_of_scope", actorId: editor.id },
      orderBy: { id: "desc" },
    });
    expect((audit?.details as { items: string[] }).items).toEqual([forged]);
  });
});

describe("bulk work in the inaccuracy inbox", () => {
  const COUNTRY = "QB";
  let prisonerId: string;

  beforeAll(async () => {
    await ensureCountry({ code: COUNTRY, slug: "bulk-it-country", name: { en: "Bulkland" } });
    const prisoner = await prisma.prisoner.create({
      data: {
        slug: `bulk-it-person-${Date.now()}`,
        name: { en: "Bulk Person" },
        sortName: "Person Bulk",
        countryCode: COUNTRY,
        status: "IMPRISONED",
        summary: { en: "Summary." },
        state: "PUBLISHED",
      },
      select: { id: true },
    });
    prisonerId = prisoner.id;
  });

  function report(message: string) {
    return prisma.inaccuracyReport
      .create({ data: { prisonerId, message }, select: { id: true } })
      .then((row) => row.id);
  }

  it("close the selection with a note, each report audited, ignoring an unknown id", async () => {
    const ids = [await report("Wrong date one."), await report("Wrong date two.")];
    await signInRequestAs(editor);
    const fields = {
      ids: [...ids, "unknownreport0000000"],
      outcome: "RESOLVED",
      resolution: "Dates corrected from the verdict.",
    };

    const asked = outcomeOf(await post(bulkReports, { ...fields, op: "close" }));
    expect(asked).toMatchObject({ stage: "confirm", count: 2, question: "Close 2 reports?" });
    const done = outcomeOf(await post(bulkReports, { ...fields, confirm: "close:2" }));

    expect(done).toMatchObject({ stage: "done", summary: "Closed 2 of 2." });
    const rows = await prisma.inaccuracyReport.findMany({ where: { id: { in: ids } } });
    expect(rows.map((row) => row.status)).toEqual(["RESOLVED", "RESOLVED"]);
    const audited = await prisma.auditLog.count({
      where: { entityId: { in: ids }, action: "inaccuracyReport.resolve" },
    });
    expect(audited).toBe(2);
    const refused = await prisma.auditLog.findFirst({
      where: { action: "inaccuracyReport.bulk_out_of_scope", actorId: editor.id },
      orderBy: { id: "desc" },
    });
    expect((refused?.details as { ids: string[] }).ids).toEqual(["unknownreport0000000"]);
  });

  it("assign everything matching the filter, resolved on the server", async () => {
    const ids = [await report("Unassigned one."), await report("Unassigned two.")];
    await signInRequestAs(editor);
    const fields = {
      all: "matching",
      "filter.status": "OPEN",
      "filter.assignee": "unassigned",
      assigneeId: editor.id,
    };

    const asked = outcomeOf(await post(bulkReports, { ...fields, op: "assign" }));
    if (asked.stage !== "confirm") throw new Error("no confirmation");
    expect(asked.count).toBeGreaterThanOrEqual(2);
    const done = outcomeOf(
      await post(bulkReports, { ...fields, confirm: `assign:${asked.count}` }),
    );

    expect(done).toMatchObject({ stage: "done" });
    const rows = await prisma.inaccuracyReport.findMany({ where: { id: { in: ids } } });
    expect(rows.map((row) => [row.status, row.assigneeId])).toEqual([
      ["ASSIGNED", editor.id],
      ["ASSIGNED", editor.id],
    ]);
  });
});
