import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAttentionListPage } from "@/lib/data/attention-lists";
import { listAuditLog, parseAuditFilter } from "@/lib/data/audit-log";
import { listDashboardPrisoners } from "@/lib/data/dashboard-prisoners";
import { listDashboardSources } from "@/lib/data/dashboard-sources";
import type { KeysetRequest } from "@/lib/data/page-window";
import { listReviewQueue } from "@/lib/data/review-queue";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { ensureCountry } from "../fixtures/countries";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";

/**
 * The dashboard's lists reach every item: numbered pages with exact totals and clamped
 * boundaries (the review queue), and keyset pages that neither repeat nor skip a row when rows
 * are added between two requests (the audit log, the prisoner list). Small page sizes, real
 * PostgreSQL.
 */

const COUNTRY = "QP";
const run = randomUUID().slice(0, 8);
let editor: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
  await ensureCountry({ code: COUNTRY, slug: "paging-it-country", name: { en: "Pageland" } });
});

/** A profile in `state`, last changed at `updatedAt` (the review queue's order). */
async function prisonerAt(
  name: string,
  updatedAt: Date,
  state: "IN_REVIEW" | "DRAFT" = "IN_REVIEW",
) {
  const { id } = await prisma.prisoner.create({
    data: {
      slug: `paging-${run}-${randomUUID()}`,
      name: { en: name },
      sortName: name,
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "Paging test." },
      state,
    },
    select: { id: true },
  });
  // Set after the insert: Prisma stamps @updatedAt itself on every write.
  await prisma.$executeRaw`UPDATE "Prisoner" SET "updatedAt" = ${updatedAt} WHERE "id" = ${id}`;
  return id;
}

async function inReviewCount(): Promise<number> {
  const where = { state: "IN_REVIEW" } as const;
  const counts = await Promise.all([
    prisma.prisoner.count({ where }),
    prisma.publication.count({ where }),
    prisma.event.count({ where }),
  ]);
  return counts.reduce((sum, n) => sum + n, 0);
}

describe("the review queue", () => {
  it("shows the newest submission on page 1 and the oldest on the last page, with the total", async () => {
    // Far in the future and the past, so other files' items in review sort between them.
    const oldest = await prisonerAt(`Oldest ${run}`, new Date("1990-01-01T00:00:00Z"));
    const ids: string[] = [];
    for (let n = 0; n < 7; n++) {
      ids.push(await prisonerAt(`Queued ${run} ${n}`, new Date(Date.UTC(2100, 0, 1, 0, n))));
    }
    const newest = ids.at(-1);
    const total = await inReviewCount();

    const first = await listReviewQueue(editor, { page: 1 }, 3);
    expect(first).toMatchObject({ total, page: 1, pageSize: 3, pageCount: Math.ceil(total / 3) });
    expect(first.items.map((item) => item.id)).toEqual([ids[6], ids[5], ids[4]]);
    expect(first.items[0]).toMatchObject({
      id: newest,
      type: "prisoner",
      title: { en: `Queued ${run} 6` },
    });

    const last = await listReviewQueue(editor, { page: first.pageCount }, 3);
    expect(last.items.at(-1)?.id).toBe(oldest);

    // Oldest first turns the order round.
    const oldestFirst = await listReviewQueue(editor, { page: 1, order: "oldest" }, 3);
    expect(oldestFirst.items[0]?.id).toBe(oldest);
  });

  it("clamps pages outside the list and covers every item exactly once", async () => {
    const total = await inReviewCount();
    const beyond = await listReviewQueue(editor, { page: 10_000 }, 4);
    expect(beyond.page).toBe(beyond.pageCount);
    expect(beyond.items.length).toBe(total - (beyond.pageCount - 1) * 4);
    expect((await listReviewQueue(editor, { page: 0 }, 4)).page).toBe(1);
    expect((await listReviewQueue(editor, { page: Number.NaN }, 4)).page).toBe(1);

    const seen: string[] = [];
    for (let page = 1; page <= beyond.pageCount; page++) {
      seen.push(...(await listReviewQueue(editor, { page }, 4)).items.map((item) => item.id));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("is empty for a role that may publish nothing", async () => {
    expect(await listReviewQueue(contributor, { page: 1 }, 3)).toMatchObject({
      total: 0,
      items: [],
      page: 1,
      pageCount: 1,
    });
  });
});

describe("keyset pages", () => {
  it("the audit log neither repeats nor skips a row when entries are added between pages", async () => {
    const action = `paging-${run}`;
    const record = (n: string) =>
      recordAudit(prisma, { actor: editor, action, entityType: "Paging", entityId: n });
    for (let n = 1; n <= 7; n++) await record(`old-${n}`);
    const filter = (query: Record<string, string>) => parseAuditFilter({ action, ...query });

    const first = await listAuditLog(editor, filter({}), 3);
    expect(first.rows.map((row) => row.entityId)).toEqual(["old-7", "old-6", "old-5"]);
    expect(first.position).toMatchObject({ total: 7, from: 1, to: 3, previousBefore: null });

    // Two new entries arrive: newest first, they go before the page being read, not into it.
    await record("new-1");
    await record("new-2");
    const second = await listAuditLog(editor, filter({ after: first.position.nextAfter! }), 3);
    expect(second.rows.map((row) => row.entityId)).toEqual(["old-4", "old-3", "old-2"]);
    expect(second.position).toMatchObject({ total: 9, from: 6, to: 8 });

    const third = await listAuditLog(editor, filter({ after: second.position.nextAfter! }), 3);
    expect(third.rows.map((row) => row.entityId)).toEqual(["old-1"]);
    expect(third.position).toMatchObject({ from: 9, to: 9, nextAfter: null });

    // Back from the second page: the three entries before it, now preceded by the new ones.
    const back = await listAuditLog(editor, filter({ before: second.position.previousBefore! }), 3);
    expect(back.rows.map((row) => row.entityId)).toEqual(["old-7", "old-6", "old-5"]);
    expect(back.position).toMatchObject({ from: 3, to: 5 });

    const last = await listAuditLog(editor, filter({ last: "1" }), 3);
    expect(last.rows.map((row) => row.entityId)).toEqual(["old-3", "old-2", "old-1"]);
    expect(last.position).toMatchObject({ from: 7, to: 9, nextAfter: null });
  });

  it("the prisoner list walks every profile once, in name order, with positions", async () => {
    const country = "QO";
    await ensureCountry({ code: country, slug: "paging-it-list", name: { en: "Listland" } });
    const names = ["Adams", "Baker", "Clark", "Davis", "Evans"].map((name) => `${name} ${run}`);
    for (const name of names) {
      await prisma.prisoner.create({
        data: {
          slug: `list-${run}-${randomUUID()}`,
          name: { en: name },
          sortName: name,
          countryCode: country,
          status: "IMPRISONED",
          summary: { en: "Paging test." },
        },
      });
    }
    const read = (cursor: KeysetRequest) =>
      listDashboardPrisoners(editor, { country, cursor }, "en", 2);

    const seen: string[] = [];
    let page = await read({ kind: "first" });
    expect(page.position).toMatchObject({ total: 5, from: 1, to: 2 });
    seen.push(...page.items.map((item) => item.sortName));
    // A profile filed before the page being read does not push a seen one onto the next page.
    await prisonerAt(`Aaron ${run}`, new Date(), "DRAFT").then((id) =>
      prisma.prisoner.update({ where: { id }, data: { countryCode: country } }),
    );
    while (page.position.nextAfter) {
      page = await read({ kind: "after", id: page.position.nextAfter });
      seen.push(...page.items.map((item) => item.sortName));
    }
    expect(seen).toEqual(names);
    expect(page.position).toMatchObject({ total: 6, from: 6, to: 6 });

    const last = await read({ kind: "last" });
    expect(last.items.map((item) => item.sortName)).toEqual(names.slice(3));
    expect(last.position).toMatchObject({ from: 5, to: 6, nextAfter: null });
  });
});

describe("the sources list", () => {
  it("pages newest edits first by keyset; a source added meanwhile goes on top, nothing repeats", async () => {
    const prefix = `Paging source ${run}`;
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) {
      const { id } = await prisma.source.create({
        data: { title: `${prefix} ${n}`, confidence: "CONFIRMED" },
        select: { id: true },
      });
      const at = new Date(Date.UTC(2020, 0, 1, 0, n));
      await prisma.$executeRaw`UPDATE "Source" SET "updatedAt" = ${at} WHERE "id" = ${id}`;
      ids.push(id);
    }
    const read = (cursor: KeysetRequest) => listDashboardSources(editor, { q: prefix, cursor }, 2);

    const first = await read({ kind: "first" });
    expect(first.items.map((item) => item.id)).toEqual([ids[4], ids[3]]);
    // A new source arrives at the top, before the page being read.
    await prisma.source.create({ data: { title: `${prefix} new`, confidence: "CONFIRMED" } });
    const second = await read({ kind: "after", id: first.position.nextAfter! });
    expect(second.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
    expect(second.position).toMatchObject({ total: 6, from: 4, to: 5 });
    const third = await read({ kind: "after", id: second.position.nextAfter! });
    expect(third.items.map((item) => item.id)).toEqual([ids[0]]);
    expect(third.position).toMatchObject({ from: 6, to: 6, nextAfter: null });
  });
});

describe("an attention block's full list", () => {
  it("pages through every draft of the block, merged across kinds, with the block's count", async () => {
    const author = await createStaffUser("CONTRIBUTOR");
    for (let n = 0; n < 4; n++) {
      const id = await prisonerAt(`Draft ${run} ${n}`, new Date(Date.UTC(2030, 0, 1, n)), "DRAFT");
      await prisma.prisoner.update({ where: { id }, data: { createdById: author.id } });
    }
    for (let n = 0; n < 3; n++) {
      await prisma.publication.create({
        data: {
          slug: `paging-${run}-${n}`,
          type: "NEWS",
          title: { en: `Note ${run} ${n}` },
          summary: { en: "Paging test." },
          body: {},
          createdById: author.id,
        },
      });
    }
    const seen: string[] = [];
    const first = await getAttentionListPage(author, "en", "my-drafts", 1, 3);
    expect(first).toMatchObject({ total: 7, page: 1, pageCount: 3, pageSize: 3 });
    for (let page = 1; page <= first.pageCount; page++) {
      const list = await getAttentionListPage(author, "en", "my-drafts", page, 3);
      if (list.list !== "my-drafts") throw new Error("a drafts page lists drafts");
      seen.push(...list.items.map((item) => item.id));
    }
    expect(new Set(seen).size).toBe(7);
    expect((await getAttentionListPage(author, "en", "my-drafts", 99, 3)).page).toBe(3);
    await expect(getAttentionListPage(author, "en", "stale-profiles", 1, 3)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
