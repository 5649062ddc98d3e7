import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { updateContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureCountry } from "../fixtures/countries";
import { insertPrisoner } from "../fixtures/prisoners";
import { createStaffUser } from "../fixtures/staff-users";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));

/**
 * A field newly redacted on a profile that stays public (issue 20, lib/datasets): every kept
 * dataset holds the field, so the write withdraws them all in its own transaction, as a removal
 * does. An ordinary edit, lifting a redaction and redacting a draft withdraw nothing.
 */
const COUNTRY = "XH";
const P = "datasets-redaction-it-";

let editor: Actor;
let day = 0;

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: "cascade-it-land", name: { en: "Cascadeland" } });
  editor = await createStaffUser("EDITOR");
});

afterAll(async () => {
  await prisma.$disconnect();
});

/** A READY dataset of a day no other file uses. */
async function readyDataset(): Promise<string> {
  day += 1;
  const date = new Date(Date.UTC(2045, 0, day));
  const row = await prisma.dataset.create({
    data: { date, status: "READY", generatedAt: new Date() },
    select: { id: true },
  });
  return row.id;
}

async function statusOf(id: string) {
  return (await prisma.dataset.findUniqueOrThrow({ where: { id }, select: { status: true } }))
    .status;
}

function profile(data: Partial<Prisma.PrisonerUncheckedCreateInput> = {}) {
  return insertPrisoner(
    { slug: `${P}${randomUUID().slice(0, 8)}`, countryCode: COUNTRY, label: "Redaction" },
    { birthDate: new Date("1980-05-01"), ...data },
  );
}

async function edit(id: string, data: Prisma.PrisonerUpdateInput) {
  const { version } = await prisma.prisoner.findUniqueOrThrow({ where: { id } });
  await updateContent(editor, {
    type: "prisoner",
    id,
    expectedVersion: version,
    apply: async (tx) => {
      await tx.prisoner.update({ where: { id }, data });
    },
  });
}

describe("a field redacted on a profile that stays public", () => {
  it("withdraws every kept dataset, in the write's own transaction", async () => {
    const dataset = await readyDataset();
    const { id } = await profile({ redactedFields: ["region"] });
    await edit(id, { redactedFields: ["region", "birthDate"] });
    expect(await statusOf(dataset)).toBe("WITHDRAWN");
  });

  it("does so for a part the change feed has no aspect of (the facility's address)", async () => {
    const dataset = await readyDataset();
    const { id } = await profile();
    await edit(id, { redactedFields: ["facilityAddress"] });
    expect(await statusOf(dataset)).toBe("WITHDRAWN");
  });

  it("an ordinary edit, lifting a redaction and redacting a draft withdraw nothing", async () => {
    const dataset = await readyDataset();
    const published = await profile({ redactedFields: ["birthDate"] });
    const draft = await profile({ state: "DRAFT" });
    await edit(published.id, { summary: { en: "A new summary." } });
    await edit(published.id, { redactedFields: [] });
    await edit(draft.id, { redactedFields: ["birthDate", "photo"] });
    expect(await statusOf(dataset)).toBe("READY");
  });
});
