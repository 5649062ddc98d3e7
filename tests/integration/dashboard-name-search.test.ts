import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditEntityTypes } from "@/lib/data/audit-log";
import { getPrisonerCountryOptions, listDashboardPrisoners } from "@/lib/data/dashboard-prisoners";
import { prisma } from "@/lib/db";
import { ensureCountry } from "../fixtures/countries";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";

/**
 * The dashboard's reads made cheap at 100,000 profiles (issue 17) answer what they answered
 * before: the prisoner search finds a substring of any name (sort name, slug, display name in
 * either script, a name variant alone) with `%` and `_` taken literally, the list's country
 * filter offers every country, and the audit view's entity types are each type once, in order.
 * Real PostgreSQL.
 */

const COUNTRY = "QT";
const run = randomUUID().slice(0, 8).replace(/-/g, "");
// A word no other test's data contains, in both scripts, to search for.
const LATIN = `zqx${run}`;
const CYRILLIC = `жщэ${run}`;
let editor: StaffUser;
const ids: Record<string, string> = {};

async function profile(key: string, fields: { name: Record<string, string>; sortName: string }) {
  const { id } = await prisma.prisoner.create({
    data: {
      slug: `search-${key}-${run}`,
      ...fields,
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "Search test." },
      state: "DRAFT",
    },
    select: { id: true },
  });
  ids[key] = id;
  return id;
}

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
  await ensureCountry({ code: COUNTRY, slug: "search-it-country", name: { en: "Searchland" } });
  await profile("bySortName", { name: { en: "Anna Smith" }, sortName: `${LATIN}sort Anna` });
  await profile("byCyrillicName", {
    name: { en: "Boris Brown", ru: `Борис ${CYRILLIC}` },
    sortName: "Brown Boris",
  });
  const variantOnly = await profile("byVariant", {
    name: { en: "Clara Green" },
    sortName: "Green Clara",
  });
  await prisma.nameVariant.create({
    data: {
      prisonerId: variantOnly,
      value: `Клара ${CYRILLIC}ова`,
      script: "CYRILLIC",
      kind: "NATIVE",
    },
  });
  // The slug holds the run's word only through its key: found by the slug arm alone.
  await profile(`slug${LATIN}`, { name: { en: "Dora White" }, sortName: "White Dora" });
  await profile("withWildcards", { name: { en: `Eva ${LATIN}_50%` }, sortName: "Black Eva" });
});

async function found(q: string): Promise<string[]> {
  const list = await listDashboardPrisoners(editor, { q }, "en", 50);
  return list.items.map((item) => item.id).sort();
}

describe("the dashboard's prisoner search", () => {
  it("finds a substring of the sort name, the slug and the display names, in any case", async () => {
    expect(await found(LATIN.toUpperCase())).toEqual(
      [ids.bySortName, ids[`slug${LATIN}`], ids.withWildcards].sort(),
    );
  });

  it("finds a Cyrillic substring of a display name and of a name variant alone", async () => {
    expect(await found(CYRILLIC)).toEqual([ids.byCyrillicName, ids.byVariant].sort());
    expect(await found(`${CYRILLIC}ова`)).toEqual([ids.byVariant]);
  });

  it("takes % and _ literally", async () => {
    expect(await found(`${LATIN}_50%`)).toEqual([ids.withWildcards]);
    expect(await found(`${LATIN}%`)).toEqual([]);
  });

  it("counts what it finds and pages it like the whole list", async () => {
    const list = await listDashboardPrisoners(editor, { q: LATIN }, "en", 2);
    expect(list.total).toBe(3);
    expect(list.items).toHaveLength(2);
    expect(list.position.nextAfter).toBe(list.items[1]!.id);
  });
});

describe("the list's country filter", () => {
  it("offers every country, labelled and sorted by the page's language", async () => {
    const options = await getPrisonerCountryOptions(editor, "en");
    expect(options).toContainEqual({ value: COUNTRY, label: `Searchland (${COUNTRY})` });
    expect(options).toHaveLength(await prisma.country.count());
    const labels = options.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en")));
  });
});

describe("the audit view's entity types", () => {
  it("lists each type in the log once, in order", async () => {
    const type = `Zz${run}`;
    for (const n of [1, 2, 3]) {
      await recordAudit(prisma, {
        actor: editor,
        action: "test.search",
        entityType: type,
        entityId: `${n}`,
      });
    }
    const types = await auditEntityTypes(editor);
    const expected = (
      await prisma.auditLog.findMany({
        where: { entityType: { not: null } },
        distinct: ["entityType"],
        select: { entityType: true },
        orderBy: { entityType: "asc" },
      })
    ).map((row) => row.entityType);
    expect(types).toEqual(expected);
    expect(types.filter((t) => t === type)).toHaveLength(1);
  });
});
