import { randomUUID } from "node:crypto";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getChanges } from "@/app/api/v1/changes/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { encodeChangeCursor } from "@/lib/api/change-cursor";
import { prunePublicChanges } from "@/lib/api/change-retention";
import type { PublicChangeDto, PublicChangePageDto } from "@/lib/api/change-feed";
import { publicChangePageSchema } from "@/lib/api/schemas/changes";
import type { Actor } from "@/lib/auth/policy";
import {
  createContent,
  deleteContent,
  transitionContent,
  updateContent,
  type Tx,
} from "@/lib/content-store";
import { recordPublicChanges } from "@/lib/content-store/record-public-change";
import { prisma } from "@/lib/db";
import { apiRoutes } from "@/lib/routes";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { draftPrisoner, STORE_COUNTRY } from "../fixtures/content-store";
import { createStaffUser } from "../fixtures/staff-users";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * The change feed (issue 20 item 5), against the real database: every content write that changes
 * what the public sees leaves one entry, in its own transaction; nothing else does; the feed
 * carries no content; its cursor never skips an entry that commits late.
 */
let editor: Actor;

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
});

afterAll(async () => {
  await prisma.$disconnect();
});

let client = 0;
async function call(query: Record<string, string> = {}): Promise<Response> {
  client += 1;
  const url = new URL(`http://localhost${apiRoutes.v1Changes()}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return getChanges(
    new Request(url, { headers: { [CLIENT_ADDRESS_HEADER]: `198.51.100.${client % 250}` } }),
  );
}

async function page(since?: string, limit = 500): Promise<PublicChangePageDto> {
  const response = await call({ ...(since ? { since } : {}), limit: String(limit) });
  expect(response.status).toBe(200);
  return publicChangePageSchema.parse(await response.json());
}

/** Everything after `since`, page by page, and the cursor to read on from. */
async function readFrom(since?: string, limit = 500) {
  const items: PublicChangeDto[] = [];
  let cursor = since;
  for (;;) {
    const answer = await page(cursor, limit);
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (answer.items.length < limit) return { items, cursor };
  }
}

/** The feed's cursor now: what a mirror that has read everything holds. */
async function currentCursor(): Promise<string> {
  return (await readFrom()).cursor;
}

async function entriesSince(cursor: string, id: string) {
  const { items } = await readFrom(cursor);
  return items.filter((item) => item.id === id).map(({ kind, aspects }) => ({ kind, aspects }));
}

async function versionOf(id: string): Promise<number> {
  return (await prisma.prisoner.findUniqueOrThrow({ where: { id }, select: { version: true } }))
    .version;
}

function edit(id: string, data: (tx: Tx) => Promise<unknown>) {
  return async () =>
    updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: await versionOf(id),
      apply: async (tx) => {
        await data(tx);
      },
    });
}

async function move(id: string, to: "PUBLISHED" | "DRAFT" | "ARCHIVED") {
  await transitionContent(editor, {
    type: "prisoner",
    id,
    expectedVersion: await versionOf(id),
    to,
  });
}

describe("the change feed records what the public sees change", () => {
  it("publish, edit, unpublish and delete: published, changed (with aspects), removed; drafts make no entry", async () => {
    const cursor = await currentCursor();
    const { id } = await draftPrisoner(editor, "Feed Publish");
    await edit(id, (tx) =>
      tx.prisoner.update({ where: { id }, data: { sortName: "Draft edit" } }),
    )();
    await move(id, "PUBLISHED");
    await edit(id, (tx) =>
      tx.prisoner.update({ where: { id }, data: { name: { en: "Feed Renamed", ru: "Ф" } } }),
    )();
    await edit(id, (tx) => tx.prisoner.update({ where: { id }, data: { status: "RELEASED" } }))();
    await move(id, "DRAFT");
    await move(id, "PUBLISHED");
    await deleteContent(editor, { type: "prisoner", id, expectedVersion: await versionOf(id) });

    expect(await entriesSince(cursor, id)).toEqual([
      { kind: "published", aspects: undefined },
      { kind: "changed", aspects: ["name"] },
      { kind: "changed", aspects: ["status"] },
      { kind: "removed", aspects: undefined },
      { kind: "published", aspects: undefined },
      { kind: "removed", aspects: undefined },
    ]);
    const { items } = await readFrom(cursor);
    expect(items.find((item) => item.id === id)).toMatchObject({
      type: "prisoner",
      slug: expect.stringMatching(/^store-it-/),
    });
  });

  it("a draft created, edited and deleted, and staff-only edits of a published profile, make no entry", async () => {
    const cursor = await currentCursor();
    const draft = await draftPrisoner(editor, "Feed Draft");
    await edit(draft.id, (tx) =>
      tx.prisoner.update({ where: { id: draft.id }, data: { sortName: "Still a draft" } }),
    )();
    await deleteContent(editor, {
      type: "prisoner",
      id: draft.id,
      expectedVersion: await versionOf(draft.id),
    });
    const published = await draftPrisoner(editor, "Feed Quiet");
    await move(published.id, "PUBLISHED");
    const afterPublish = await currentCursor();
    await edit(published.id, (tx) =>
      tx.prisonerInternal.upsert({
        where: { prisonerId: published.id },
        create: { prisonerId: published.id, notes: "a lead" },
        update: { notes: "a lead" },
      }),
    )();
    await edit(published.id, (tx) =>
      tx.prisoner.update({ where: { id: published.id }, data: { lastReviewedAt: new Date() } }),
    )();

    expect(await entriesSince(cursor, draft.id)).toEqual([]);
    expect(await entriesSince(afterPublish, published.id)).toEqual([]);
  });

  it("a redaction is a change of its aspect, an edit of a field that stays redacted is none, archiving removes, and no content reaches the feed", async () => {
    const sentinel = `SENTINEL-${randomUUID()}`;
    const { id } = await draftPrisoner(editor, "Feed Redacted");
    await edit(id, (tx) =>
      tx.prisoner.update({
        where: { id },
        data: { occupation: { en: `${sentinel}-occupation` }, birthDate: new Date("1971-02-03") },
      }),
    )();
    await move(id, "PUBLISHED");
    const cursor = await currentCursor();
    await edit(id, (tx) =>
      tx.prisoner.update({ where: { id }, data: { redactedFields: ["occupation", "birthDate"] } }),
    )();
    await edit(id, (tx) =>
      tx.prisoner.update({
        where: { id },
        data: { occupation: { en: `${sentinel}-hidden` }, birthDate: new Date("1972-03-04") },
      }),
    )();
    await edit(id, (tx) =>
      tx.prisonerInternal.upsert({
        where: { prisonerId: id },
        create: { prisonerId: id, familyContacts: `${sentinel}-contacts` },
        update: { familyContacts: `${sentinel}-contacts` },
      }),
    )();
    await move(id, "ARCHIVED");

    expect(await entriesSince(cursor, id)).toEqual([
      { kind: "changed", aspects: ["identity"] },
      { kind: "removed", aspects: undefined },
    ]);
    const whole = JSON.stringify((await readFrom()).items);
    expect(whole).not.toContain(sentinel);
    expect(whole).not.toContain("1971-02-03");
    expect(whole).not.toContain("1972-03-04");
  });

  it("a timeline event counts once it is published; reference data is public once saved", async () => {
    const { id } = await draftPrisoner(editor, "Feed Timeline");
    await move(id, "PUBLISHED");
    const cursor = await currentCursor();
    const eventId = `ev-${randomUUID()}`;
    await edit(id, (tx) =>
      tx.event.create({
        data: {
          id: eventId,
          date: new Date("2024-05-01"),
          type: "HEARING",
          text: { en: "A hearing." },
          state: "DRAFT",
          prisoners: { create: { prisonerId: id } },
        },
      }),
    )();
    await edit(id, (tx) =>
      tx.event.update({ where: { id: eventId }, data: { state: "PUBLISHED" } }),
    )();
    expect(await entriesSince(cursor, id)).toEqual([{ kind: "changed", aspects: ["timeline"] }]);

    const facilitySlug = `feed-facility-${randomUUID()}`;
    const facility = await createContent(editor, {
      type: "facility",
      create: (tx) =>
        tx.facility.create({
          data: {
            slug: facilitySlug,
            name: { en: "Colony No. 9" },
            kind: "PENAL_COLONY",
            countryCode: STORE_COUNTRY,
          },
          select: { id: true },
        }),
    });
    await updateContent(editor, {
      type: "facility",
      id: facility.id,
      expectedVersion: facility.version,
      apply: async (tx) => {
        await tx.facility.update({
          where: { id: facility.id },
          data: { postalAddress: "Somewhere 1" },
        });
      },
    });
    await deleteContent(editor, {
      type: "facility",
      id: facility.id,
      expectedVersion: facility.version + 1,
    });
    const { items } = await readFrom(cursor);
    expect(
      items
        .filter((item) => item.id === facility.id)
        .map(({ type, slug, kind }) => ({ type, slug, kind })),
    ).toEqual([
      { type: "facility", slug: facilitySlug, kind: "published" },
      { type: "facility", slug: facilitySlug, kind: "changed" },
      { type: "facility", slug: facilitySlug, kind: "removed" },
    ]);
  });

  it("a source's edit is a change of the published profiles that cite it", async () => {
    const source = await createContent(editor, {
      type: "source",
      create: (tx) =>
        tx.source.create({
          data: { title: "A court ruling", confidence: "CONFIRMED" },
          select: { id: true },
        }),
    });
    const citing = await draftPrisoner(editor, "Feed Cited");
    const draft = await draftPrisoner(editor, "Feed Cited Draft");
    for (const prisonerId of [citing.id, draft.id]) {
      await prisma.citation.create({ data: { sourceId: source.id, prisonerId } });
    }
    await move(citing.id, "PUBLISHED");
    const cursor = await currentCursor();
    await updateContent(editor, {
      type: "source",
      id: source.id,
      expectedVersion: source.version,
      apply: async (tx) => {
        await tx.source.update({ where: { id: source.id }, data: { title: "The ruling" } });
      },
    });
    expect(await entriesSince(cursor, citing.id)).toEqual([
      { kind: "changed", aspects: ["sources"] },
    ]);
    expect(await entriesSince(cursor, draft.id)).toEqual([]);
    expect(await entriesSince(cursor, source.id)).toEqual([]);
  });

  it("a rolled-back write leaves no entry", async () => {
    const { id } = await draftPrisoner(editor, "Feed Rollback");
    await move(id, "PUBLISHED");
    const cursor = await currentCursor();
    await expect(
      updateContent(editor, {
        type: "prisoner",
        id,
        expectedVersion: await versionOf(id),
        apply: async (tx) => {
          await tx.prisoner.update({ where: { id }, data: { status: "RELEASED" } });
          throw new Error("the save fails after the write");
        },
      }),
    ).rejects.toThrow("the save fails");
    expect(await entriesSince(cursor, id)).toEqual([]);
  });
});

describe("reading the feed", () => {
  it("pages oldest first with cursors: small pages give exactly the entries of one big read", async () => {
    const cursor = await currentCursor();
    const ids: string[] = [];
    for (const name of [
      "Feed Page A",
      "Feed Page B",
      "Feed Page C",
      "Feed Page D",
      "Feed Page E",
    ]) {
      const { id } = await draftPrisoner(editor, name);
      await move(id, "PUBLISHED");
      ids.push(id);
    }
    const whole = await readFrom(cursor);
    const paged = await readFrom(cursor, 2);
    expect(whole.items.map((item) => item.id)).toEqual(ids);
    expect(paged.items).toEqual(whole.items);
    const times = whole.items.map((item) => Date.parse(item.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // The last page's cursor is the one to poll with: nothing new, the same answer and ETag.
    const first = await call({ since: whole.cursor });
    const second = await call({ since: whole.cursor });
    expect(await first.json()).toEqual({ items: [], nextCursor: whole.cursor });
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("refuses a malformed cursor, an unknown parameter and a page over 500 with 400, an expired cursor with 410", async () => {
    const refused: Record<string, string>[] = [
      { since: "not-a-cursor" },
      { since: Buffer.from("o1:40").toString("base64url") },
      { cursor: "x" },
      { limit: "501" },
      { limit: "0" },
    ];
    for (const query of refused) {
      const response = await call(query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    const old = encodeChangeCursor({
      id: 1n,
      atSeconds: Math.floor(Date.now() / 1000) - 91 * 86_400,
    });
    const expired = await call({ since: old });
    expect(expired.status).toBe(410);
    expect((await expired.json()).error).toMatch(/start over from a dataset/);
    const recent = encodeChangeCursor({
      id: 1n,
      atSeconds: Math.floor(Date.now() / 1000) - 89 * 86_400,
    });
    expect((await call({ since: recent })).status).toBe(200);
  });

  it("answers valid against the OpenAPI document, refusals included", async () => {
    const document = await (await getOpenApi(new Request("http://localhost/openapi.json"))).json();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const root = "https://vigil.invalid/openapi.json";
    ajv.addSchema({ $id: root, components: document.components });
    const responses = document.paths[apiRoutes.v1Changes()].get.responses;
    const validatorOf = (status: number) =>
      ajv.getSchema(`${root}${responses[String(status)].content["application/json"].schema.$ref}`)!;

    const { id } = await draftPrisoner(editor, "Feed Contract");
    await move(id, "PUBLISHED");
    await edit(id, (tx) => tx.prisoner.update({ where: { id }, data: { status: "RELEASED" } }))();
    for (const response of [await call({ limit: "500" }), await call({ limit: "3" })]) {
      const body = await response.json();
      expect(validatorOf(200)(body), JSON.stringify(validatorOf(200).errors)).toBe(true);
    }
    const refused = await call({ since: "@" });
    expect(validatorOf(400)(await refused.json())).toBe(true);
    const expired = await call({ since: encodeChangeCursor({ id: 1n, atSeconds: 1 }) });
    expect(validatorOf(410)(await expired.json())).toBe(true);
  });
});

describe("the cursor never skips an entry that commits late", () => {
  it("while a transaction that wrote an entry is open, a later one waits, and a reader hands out neither until the first commits", async () => {
    const cursor = await currentCursor();
    const [first, second] = [`late-${randomUUID()}`, `early-${randomUUID()}`];
    const row = (entityId: string) => ({
      entityType: "prisoner" as const,
      entityId,
      slug: entityId,
      kind: "changed" as const,
      aspects: ["status" as const],
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstWritten!: () => void;
    const written = new Promise<void>((resolve) => (firstWritten = resolve));
    // Transaction A appends its entry (taking its id first) and stays open.
    const a = prisma.$transaction(async (tx) => {
      await recordPublicChanges(tx, [row(first)]);
      firstWritten();
      await held;
    });
    await written;
    // Transaction B appends after A (a larger id) and tries to commit while A is open.
    let bDone = false;
    const b = prisma
      .$transaction((tx) => recordPublicChanges(tx, [row(second)]))
      .then(() => (bDone = true));
    await waitUntil(async () => bDone || (await advisoryWaiters()) > 0);

    const during = await readFrom(cursor);
    release();
    await Promise.all([a, b]);
    const after = await readFrom(during.cursor);

    const seen = [...during.items, ...after.items].map((item) => item.id);
    // Without the writers' lock, B commits first, the reader's cursor passes it, and A is lost.
    expect(seen.filter((id) => id === first || id === second)).toEqual([first, second]);
    expect(during.items.map((item) => item.id)).not.toContain(second);
  });
});

describe("retention", () => {
  it("the prune deletes entries older than the retention and keeps the rest", async () => {
    const [old, recent] = [`old-${randomUUID()}`, `recent-${randomUUID()}`];
    await prisma.publicChange.createMany({
      data: [
        {
          entityType: "letter",
          entityId: old,
          kind: "removed",
          aspects: [],
          occurredAt: new Date(Date.now() - 92 * 86_400_000),
        },
        { entityType: "letter", entityId: recent, kind: "removed", aspects: [] },
      ],
    });
    expect(await prunePublicChanges()).toBeGreaterThanOrEqual(1);
    const left = await prisma.publicChange.findMany({
      where: { entityId: { in: [old, recent] } },
      select: { entityId: true },
    });
    expect(left).toEqual([{ entityId: recent }]);
  });
});

async function advisoryWaiters(): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
  return Number(row?.count ?? 0);
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
