import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/staff-action";
import {
  createAffiliation,
  createCriminalCodeArticle,
  createCountry,
  createFacility,
  createOrganisation,
  createTag,
  deleteAffiliation,
  deleteCriminalCodeArticle,
  deleteCountry,
  deleteFacility,
  deleteOrganisation,
  deleteTag,
  updateAffiliation,
  updateCriminalCodeArticle,
  updateCountry,
  updateFacility,
  updateOrganisation,
  updateTag,
} from "@/lib/actions/reference-items/reference-actions";
import { prisma } from "@/lib/db";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { actionForm, actionRedirectTarget, createdId, runAction } from "../fixtures/server-actions";
import { ensureCountry } from "../fixtures/countries";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

/**
 * The dashboard's editors of reference data, through their server actions as a browser (or a
 * forged request) calls them: a real session cookie, real PostgreSQL, the content store. Rows of
 * this file live in countries of their own ("QC", and "QD" which a test creates) and carry a
 * unique prefix.
 */
const COUNTRY = "QC";
const run = randomUUID().slice(0, 8);
const slug = (name: string) => `content-it-${run}-${name}`;

let editor: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
  await ensureCountry({ code: COUNTRY, slug: "content-it-country", name: { en: "Contentland" } });
});

afterEach(() => signOutRequest());

describe("tags", () => {
  it("are created, edited and deleted by an editor, with a revision for each write", async () => {
    await signInRequestAs(editor);
    const id = await createdId(
      createTag,
      actionForm({ slug: slug("torture"), "name.en": "Torture reported", "name.ru": "Пытки" }),
    );
    expect(await prisma.tag.findUnique({ where: { id } })).toMatchObject({
      slug: slug("torture"),
      name: { en: "Torture reported", ru: "Пытки" },
      version: 1,
      createdById: editor.id,
    });

    const saved = await updateTag(
      initialFormState,
      actionForm({ id, expectedVersion: "1", slug: slug("torture"), "name.en": "Torture alleged" }),
    );
    expect(saved).toMatchObject({ status: "success", result: { version: 2 } });
    expect(await prisma.tag.findUnique({ where: { id } })).toMatchObject({
      name: { en: "Torture alleged" },
    });

    const target = await actionRedirectTarget(
      deleteTag,
      actionForm({ id, expectedVersion: "2", confirm: "on" }),
    );
    expect(target).toBe("/en/dashboard/tags?deleted=1");
    expect(await prisma.tag.findUnique({ where: { id } })).toBeNull();
    const revisions = await prisma.revision.findMany({
      where: { entityType: "Tag", entityId: id },
      orderBy: { number: "asc" },
    });
    expect(revisions.map((revision) => revision.number)).toEqual([1, 2, 3]);
  });

  it("refuses a contributor's delete and keeps the tag", async () => {
    await signInRequestAs(editor);
    const id = await createdId(createTag, actionForm({ slug: slug("kept"), "name.en": "Kept" }));
    await signInRequestAs(contributor);
    const state = await runAction(
      deleteTag,
      actionForm({ id, expectedVersion: "1", confirm: "on" }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect(await prisma.tag.count({ where: { id } })).toBe(1);
  });

  it("refuses a save based on a stale version and says what the other person changed", async () => {
    await signInRequestAs(editor);
    const id = await createdId(createTag, actionForm({ slug: slug("stale"), "name.en": "Before" }));
    await updateTag(
      initialFormState,
      actionForm({ id, expectedVersion: "1", slug: slug("stale"), "name.en": "Theirs" }),
    );
    const state = await updateTag(
      initialFormState,
      actionForm({ id, expectedVersion: "1", slug: slug("stale"), "name.en": "Mine" }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "conflict",
      values: { "name.en": "Mine" },
      conflict: { expectedVersion: 1, currentVersion: 2 },
    });
    if (state.status !== "error") throw new Error("expected a conflict");
    expect(state.conflict?.changes).toContainEqual(
      expect.objectContaining({ path: ["name", "en"], after: "Theirs" }),
    );
    expect(await prisma.tag.findUnique({ where: { id } })).toMatchObject({
      name: { en: "Theirs" },
    });
  });

  it("explains a missing English name, a malformed address and a taken one, keeping the values", async () => {
    await signInRequestAs(editor);
    await createdId(createTag, actionForm({ slug: slug("taken"), "name.en": "Taken" }));

    const invalid = await createTag(
      initialFormState,
      actionForm({ slug: "Not A Slug", "name.ru": "Только по-русски" }),
    );
    expect(invalid).toMatchObject({
      status: "invalid",
      values: { slug: "Not A Slug", "name.ru": "Только по-русски" },
      fieldErrors: {
        "name.en": "Enter the English text; the other languages are optional.",
        slug: expect.stringContaining("lower-case Latin letters"),
      },
    });

    const taken = await createTag(
      initialFormState,
      actionForm({ slug: slug("taken"), "name.en": "Another" }),
    );
    expect(taken).toMatchObject({
      status: "invalid",
      fieldErrors: { slug: expect.stringContaining("already uses this address") },
    });
  });

  it("refuses to delete a tag that profiles carry, saying why", async () => {
    await signInRequestAs(editor);
    const id = await createdId(createTag, actionForm({ slug: slug("used"), "name.en": "Used" }));
    const prisoner = await prisma.prisoner.create({
      data: {
        slug: slug("tagged-prisoner"),
        name: { en: "Tagged Person" },
        sortName: "Person Tagged",
        countryCode: COUNTRY,
        status: "IMPRISONED",
        summary: { en: "." },
        tags: { create: { tagId: id } },
      },
    });
    const state = await runAction(
      deleteTag,
      actionForm({ id, expectedVersion: "1", confirm: "on" }),
    );
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: { confirm: expect.stringContaining("profiles carry it") },
    });
    expect(await prisma.tag.count({ where: { id } })).toBe(1);
    await prisma.prisoner.delete({ where: { id: prisoner.id } });
  });

  it("asks for the confirmation box before deleting", async () => {
    await signInRequestAs(editor);
    const id = await createdId(
      createTag,
      actionForm({ slug: slug("unconfirmed"), "name.en": "X" }),
    );
    const state = await runAction(deleteTag, actionForm({ id, expectedVersion: "1" }));
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: { confirm: "Tick the box to confirm that you want to delete this item." },
    });
    expect(await prisma.tag.count({ where: { id } })).toBe(1);
  });
});

describe("countries", () => {
  it("are created by code, edited and deleted; the code is upper-cased and cannot repeat", async () => {
    await prisma.country.deleteMany({ where: { code: "QG" } });
    await signInRequestAs(editor);
    const code = await createdId(
      createCountry,
      actionForm({ code: "qg", slug: slug("qg"), "name.en": "Qdland", "name.ru": "Кюдия" }),
    );
    expect(code).toBe("QG");

    const again = await createCountry(
      initialFormState,
      actionForm({ code: "QG", slug: slug("qg-2"), "name.en": "Again" }),
    );
    expect(again).toMatchObject({
      status: "invalid",
      fieldErrors: { code: "A country with this code already exists." },
    });

    const saved = await updateCountry(
      initialFormState,
      actionForm({ id: "QG", expectedVersion: "1", slug: slug("qg"), "name.en": "Q-D-land" }),
    );
    expect(saved).toMatchObject({ status: "success", result: { version: 2 } });

    await signInRequestAs(contributor);
    const refused = await runAction(
      deleteCountry,
      actionForm({ id: "QG", expectedVersion: "2", confirm: "on" }),
    );
    expect(refused).toMatchObject({ status: "error", code: "forbidden" });

    await signInRequestAs(editor);
    await actionRedirectTarget(
      deleteCountry,
      actionForm({ id: "QG", expectedVersion: "2", confirm: "on" }),
    );
    expect(await prisma.country.count({ where: { code: "QG" } })).toBe(0);
  });

  it("refuses to delete a country other content refers to", async () => {
    await signInRequestAs(editor);
    await prisma.facility.create({
      data: { slug: slug("anchor"), name: { en: "Anchor" }, kind: "PRISON", countryCode: COUNTRY },
    });
    const country = await prisma.country.findUniqueOrThrow({ where: { code: COUNTRY } });
    const state = await runAction(
      deleteCountry,
      actionForm({ id: COUNTRY, expectedVersion: String(country.version), confirm: "on" }),
    );
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: { confirm: expect.stringContaining("This country cannot be deleted") },
    });
    expect(await prisma.country.count({ where: { code: COUNTRY } })).toBe(1);
  });
});

describe("affiliations", () => {
  it("are created with an optional country, edited, and refused with an unknown country", async () => {
    await signInRequestAs(contributor);
    const id = await createdId(
      createAffiliation,
      actionForm({
        slug: slug("party"),
        "name.en": "Democratic Choice",
        "description.en": "An opposition movement.",
        countryCode: COUNTRY,
      }),
    );
    expect(await prisma.affiliation.findUnique({ where: { id } })).toMatchObject({
      countryCode: COUNTRY,
      description: { en: "An opposition movement." },
      createdById: contributor.id,
    });

    await signInRequestAs(editor);
    const unknown = await updateAffiliation(
      initialFormState,
      actionForm({
        id,
        expectedVersion: "1",
        slug: slug("party"),
        "name.en": "X",
        countryCode: "ZZ",
      }),
    );
    expect(unknown).toMatchObject({
      status: "invalid",
      fieldErrors: { countryCode: expect.stringContaining("not in the list of countries") },
    });

    const cleared = await updateAffiliation(
      initialFormState,
      actionForm({
        id,
        expectedVersion: "1",
        slug: slug("party"),
        "name.en": "DC",
        countryCode: "",
      }),
    );
    expect(cleared).toMatchObject({ status: "success", result: { version: 2 } });
    expect(await prisma.affiliation.findUnique({ where: { id } })).toMatchObject({
      countryCode: null,
      description: null,
    });

    await signInRequestAs(contributor);
    const refused = await runAction(
      deleteAffiliation,
      actionForm({ id, expectedVersion: "2", confirm: "on" }),
    );
    expect(refused).toMatchObject({ status: "error", code: "forbidden" });

    await signInRequestAs(editor);
    await actionRedirectTarget(
      deleteAffiliation,
      actionForm({ id, expectedVersion: "2", confirm: "on" }),
    );
    expect(await prisma.affiliation.count({ where: { id } })).toBe(0);
  });
});

describe("organisations", () => {
  it("are created with a kind and website, validated, edited and deleted", async () => {
    await signInRequestAs(editor);
    const invalid = await createOrganisation(
      initialFormState,
      actionForm({ slug: slug("wgad"), "name.en": "WGAD", kind: "CLUB", url: "not a url" }),
    );
    expect(invalid).toMatchObject({
      status: "invalid",
      fieldErrors: {
        kind: "Choose a kind from the list.",
        url: "Enter a full web address starting with https://.",
      },
      values: { url: "not a url" },
    });

    const id = await createdId(
      createOrganisation,
      actionForm({
        slug: slug("wgad"),
        "name.en": "Working Group on Arbitrary Detention",
        kind: "UN_BODY",
        url: "https://www.ohchr.org/",
      }),
    );
    const saved = await updateOrganisation(
      initialFormState,
      actionForm({
        id,
        expectedVersion: "1",
        slug: slug("wgad"),
        "name.en": "WGAD",
        kind: "UN_BODY",
      }),
    );
    expect(saved).toMatchObject({ status: "success", result: { version: 2 } });
    expect(await prisma.organisation.findUnique({ where: { id } })).toMatchObject({ url: null });

    const stale = await runAction(
      deleteOrganisation,
      actionForm({ id, expectedVersion: "1", confirm: "on" }),
    );
    expect(stale).toMatchObject({ status: "error", code: "conflict" });

    await actionRedirectTarget(
      deleteOrganisation,
      actionForm({ id, expectedVersion: "2", confirm: "on" }),
    );
    expect(await prisma.organisation.count({ where: { id } })).toBe(0);
  });
});

describe("facilities", () => {
  it("are created with every field, edited, and refused deletion while detentions refer to them", async () => {
    await signInRequestAs(editor);
    const id = await createdId(
      createFacility,
      actionForm({
        slug: slug("colony"),
        "name.en": "Penal colony No. 1",
        "name.ru": "ИК-1",
        kind: "PENAL_COLONY",
        countryCode: COUNTRY,
        "region.en": "Karaganda",
        postalAddress: "100000, Караганда, ул. Лагерная, 1",
        "addressNotes.en": "Letters in Russian only.",
      }),
    );
    expect(await prisma.facility.findUnique({ where: { id } })).toMatchObject({
      kind: "PENAL_COLONY",
      region: { en: "Karaganda" },
      postalAddress: "100000, Караганда, ул. Лагерная, 1",
      addressNotes: { en: "Letters in Russian only." },
    });

    const missing = await updateFacility(
      initialFormState,
      actionForm({ id, expectedVersion: "1", slug: slug("colony"), "name.en": "X", kind: "" }),
    );
    expect(missing).toMatchObject({
      status: "invalid",
      fieldErrors: { kind: "Choose a kind from the list.", countryCode: "Choose a country." },
    });

    const prisoner = await prisma.prisoner.create({
      data: {
        slug: slug("detained"),
        name: { en: "Detained Person" },
        sortName: "Person Detained",
        countryCode: COUNTRY,
        status: "IMPRISONED",
        summary: { en: "." },
        detentions: { create: { facilityId: id } },
      },
    });
    const refused = await runAction(
      deleteFacility,
      actionForm({ id, expectedVersion: "1", confirm: "on" }),
    );
    expect(refused).toMatchObject({
      status: "invalid",
      fieldErrors: { confirm: expect.stringContaining("detentions of prisoners refer to it") },
    });
    expect(await prisma.facility.count({ where: { id } })).toBe(1);

    await prisma.prisoner.delete({ where: { id: prisoner.id } });
    await actionRedirectTarget(
      deleteFacility,
      actionForm({ id, expectedVersion: "1", confirm: "on" }),
    );
    expect(await prisma.facility.count({ where: { id } })).toBe(0);
  });
});

describe("criminal code articles", () => {
  it("are created, kept unique by country, code, article and part, edited and deleted", async () => {
    await signInRequestAs(editor);
    const fields = {
      countryCode: COUNTRY,
      code: `Criminal Code ${run}`,
      "codeName.en": "Criminal Code of Contentland",
      article: "274",
      part: "2 (b)",
      "title.en": "Spreading knowingly false information",
    };
    const id = await createdId(createCriminalCodeArticle, actionForm(fields));
    const duplicate = await createCriminalCodeArticle(initialFormState, actionForm(fields));
    expect(duplicate).toMatchObject({
      status: "invalid",
      fieldErrors: { article: expect.stringContaining("already in the list") },
    });
    const malformed = await createCriminalCodeArticle(
      initialFormState,
      actionForm({ ...fields, article: "!!", "title.en": "" }),
    );
    expect(malformed).toMatchObject({
      status: "invalid",
      fieldErrors: {
        article: expect.stringContaining("Write the number as in the code"),
        "title.en": "Enter the English text; the other languages are optional.",
      },
    });

    const saved = await updateCriminalCodeArticle(
      initialFormState,
      actionForm({ ...fields, id, expectedVersion: "1", part: "" }),
    );
    expect(saved).toMatchObject({ status: "success", result: { version: 2 } });
    expect(await prisma.criminalCodeArticle.findUnique({ where: { id } })).toMatchObject({
      part: "",
    });

    await signInRequestAs(contributor);
    const refused = await runAction(
      deleteCriminalCodeArticle,
      actionForm({ id, expectedVersion: "2", confirm: "on" }),
    );
    expect(refused).toMatchObject({ status: "error", code: "forbidden" });
    await signInRequestAs(editor);
    await actionRedirectTarget(
      deleteCriminalCodeArticle,
      actionForm({ id, expectedVersion: "2", confirm: "on" }),
    );
    expect(await prisma.criminalCodeArticle.count({ where: { id } })).toBe(0);
  });
});
