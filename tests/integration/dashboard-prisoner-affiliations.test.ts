import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisoner } from "@/lib/actions/prisoners/create-prisoner";
import { updatePrisonerBasics } from "@/lib/actions/prisoners/update-prisoner-basics";
import { initialFormState } from "@/lib/actions/staff-action";
import { prisma } from "@/lib/db";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs } from "../fixtures/auth-request";
import { ensureCountry } from "../fixtures/countries";
import { prisonerBasicsForm } from "../fixtures/prisoners";
import type { FormFields } from "../fixtures/server-actions";

/**
 * The person's role in an organisation (PrisonerAffiliation.role), edited on the Basics tab next
 * to the affiliation's checkbox, through the real action, session and content store.
 */
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

const COUNTRY = "QA";
let editor: StaffUser;
let party: string;
let union: string;

beforeAll(async () => {
  await ensureCountry({
    code: COUNTRY,
    slug: "affiliation-it-country",
    name: { en: "Affiliationland" },
  });
  const suffix = randomUUID().slice(0, 8);
  const create = async (kind: string) =>
    (
      await prisma.affiliation.create({
        data: { slug: `it-${kind}-${suffix}`, name: { en: `Test ${kind}` } },
      })
    ).id;
  party = await create("party");
  union = await create("union");
  editor = await createStaffUser("EDITOR");
});

const basicsForm = (fields: FormFields) => prisonerBasicsForm(COUNTRY, fields);

async function createProfile(fields: Record<string, string | string[]>) {
  await signInRequestAs(editor);
  const form = basicsForm(fields);
  const digest = await createPrisoner(initialFormState, form).then(
    (state) => {
      throw new Error(`expected a redirect, got ${JSON.stringify(state)}`);
    },
    (error: unknown) => (error as { digest?: string }).digest ?? "",
  );
  return {
    id: /\/dashboard\/prisoners\/([^;/]+);/.exec(digest)![1]!,
    slug: String(form.get("slug")),
  };
}

async function rolesOf(prisonerId: string) {
  const rows = await prisma.prisonerAffiliation.findMany({ where: { prisonerId } });
  return Object.fromEntries(rows.map((row) => [row.affiliationId, row.role]));
}

describe("the role in an affiliation", () => {
  it("is saved for ticked affiliations only, and changed or cleared on a later save", async () => {
    const { id, slug } = await createProfile({
      affiliationIds: [party],
      [`affiliationRoles.${party}.en`]: "Regional coordinator",
      [`affiliationRoles.${party}.ru`]: "Региональный координатор",
      [`affiliationRoles.${union}.en`]: "Typed but not ticked",
    });
    expect(await rolesOf(id)).toEqual({
      [party]: { en: "Regional coordinator", ru: "Региональный координатор" },
    });

    const state = await updatePrisonerBasics(
      initialFormState,
      basicsForm({
        id,
        slug,
        expectedVersion: "1",
        affiliationIds: [party, union],
        [`affiliationRoles.${party}.en`]: "",
        [`affiliationRoles.${union}.en`]: "Shop steward",
      }),
    );
    expect(state).toMatchObject({ status: "success", result: { version: 2 } });
    expect(await rolesOf(id)).toEqual({ [party]: null, [union]: { en: "Shop steward" } });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: "Prisoner", entityId: id, number: 2 },
    });
    expect(JSON.stringify(revision)).toContain("Shop steward");
  });

  it("refuses a role that is too long on its own field and keeps what was typed", async () => {
    const { id, slug } = await createProfile({ affiliationIds: [party] });
    const long = "x".repeat(201);
    const state = await updatePrisonerBasics(
      initialFormState,
      basicsForm({
        id,
        slug,
        expectedVersion: "1",
        affiliationIds: [party],
        [`affiliationRoles.${party}.en`]: long,
      }),
    );
    expect(state).toMatchObject({ status: "invalid" });
    expect(Object.keys((state as { fieldErrors: Record<string, string> }).fieldErrors)).toEqual([
      `affiliationRoles.${party}.en`,
    ]);
    expect(state.values[`affiliationRoles.${party}.en`]).toBe(long);
    expect(await rolesOf(id)).toEqual({ [party]: null });
  });
});
