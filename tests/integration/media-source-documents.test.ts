import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { prisma } from "@/lib/db";
import type { Prisma, PublicationState } from "@/lib/generated/prisma/client";
import { storeUpload } from "@/lib/media/media-writes";
import { prepareUpload } from "@/lib/media/prepare-upload";
import type { FileStorage } from "@/lib/storage";
import { serveMediaFile } from "@/lib/storage/media-response";
import { openTestFileStorage, type TestFileStorage } from "@/tests/fixtures/file-storage";
import { MINIMAL_PDF } from "@/tests/fixtures/media-files";
import { createStaffUser } from "../fixtures/staff-users";
import { STORE_COUNTRY, storeCountry } from "../fixtures/content-store";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * The public media route and a source's attached document: served only when staff made it
 * public and a published profile shows a citation of the source; otherwise the same 404 as an
 * unknown file. Real PostgreSQL, files in a temporary folder or the database. Prisoners live in
 * the content-store fixtures' country with slugs carrying the prefix below.
 */
const P = `srcdoc-it-${randomUUID().slice(0, 8)}-`;

// The driver VIGIL_MEDIA_STORAGE names: a temporary folder, or the test database.
let opened: TestFileStorage;
let storage: FileStorage;
let editor: Actor;

beforeAll(async () => {
  opened = await openTestFileStorage();
  storage = opened.storage;
  editor = await createStaffUser("EDITOR");
  await storeCountry();
});

afterAll(async () => {
  await opened.close();
});

/** A PDF of its own (identical uploads are stored once, so each gets a unique trailer). */
async function uploadPdf(): Promise<{ id: string; bytes: Buffer }> {
  const bytes = Buffer.concat([MINIMAL_PDF, Buffer.from(`% ${randomUUID()}\n`)]);
  const { id } = await storeUpload(
    editor,
    await prepareUpload(bytes, { filename: "ruling.pdf" }),
    { details: { alt: {}, credit: null }, originalFilename: "Ruling of the court.pdf" },
    { storage },
  );
  return { id, bytes };
}

async function sourceWithDocument(documentPublic: boolean) {
  const document = await uploadPdf();
  const source = await prisma.source.create({
    data: {
      title: `${P}Ruling`,
      confidence: "CONFIRMED",
      documentId: document.id,
      documentPublic,
    },
  });
  return { sourceId: source.id, documentId: document.id, bytes: document.bytes };
}

async function prisoner(
  options: {
    state?: PublicationState;
    redactedFields?: string[];
    citations?: Prisma.CitationCreateWithoutPrisonerInput[];
  } = {},
) {
  return prisma.prisoner.create({
    data: {
      slug: `${P}${randomUUID()}`,
      name: { en: "Aigul Serikova" },
      sortName: "Serikova, Aigul",
      countryCode: STORE_COUNTRY,
      status: "IMPRISONED",
      arrestedOn: new Date("2024-03-01T00:00:00Z"),
      summary: { en: "Sentenced for a post." },
      state: options.state ?? "PUBLISHED",
      redactedFields: options.redactedFields ?? [],
      citations: options.citations ? { create: options.citations } : undefined,
    },
    select: { id: true, slug: true },
  });
}

const cites = (sourceId: string, field: string | null = null) => [
  { source: { connect: { id: sourceId } }, field },
];

async function status(documentId: string): Promise<number> {
  return (await serveMediaFile(documentId, storage)).status;
}

describe("the public media route and source documents", () => {
  it("serves a public source document cited by a published profile, as a PDF download", async () => {
    const { sourceId, documentId, bytes } = await sourceWithDocument(true);
    await prisoner({ citations: cites(sourceId, "arrestedOn") });

    const response = await serveMediaFile(documentId, storage);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Ruling-of-the-court.pdf"/,
    );
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it("answers 404 when staff did not make the document public", async () => {
    const { sourceId, documentId } = await sourceWithDocument(false);
    await prisoner({ citations: cites(sourceId) });

    expect(await status(documentId)).toBe(404);
  });

  it("answers 404 when only a draft profile cites the source", async () => {
    const { sourceId, documentId } = await sourceWithDocument(true);
    await prisoner({ state: "DRAFT", citations: cites(sourceId) });
    await prisoner({ state: "IN_REVIEW", citations: cites(sourceId) });

    expect(await status(documentId)).toBe(404);
  });

  it("answers 404 when the cited fact, or the profile's citations, are redacted", async () => {
    const field = await sourceWithDocument(true);
    await prisoner({
      redactedFields: ["arrestedOn"],
      citations: cites(field.sourceId, "arrestedOn"),
    });
    const alias = await sourceWithDocument(true);
    // "country" and "countryCode" withhold the same fact.
    await prisoner({
      redactedFields: ["country"],
      citations: cites(alias.sourceId, "countryCode"),
    });
    const all = await sourceWithDocument(true);
    await prisoner({ redactedFields: ["citations"], citations: cites(all.sourceId) });

    expect(await status(field.documentId)).toBe(404);
    expect(await status(alias.documentId)).toBe(404);
    expect(await status(all.documentId)).toBe(404);
  });

  it("answers 404 when nothing cites the source", async () => {
    const { documentId } = await sourceWithDocument(true);

    expect(await status(documentId)).toBe(404);
  });

  it("answers exactly as for an unknown file, so a 404 does not say whether the file exists", async () => {
    const { documentId } = await sourceWithDocument(false);

    const hidden = await serveMediaFile(documentId, storage);
    const unknown = await serveMediaFile("no-such-asset", storage);

    expect([hidden.status, await hidden.text(), [...hidden.headers]]).toEqual([
      unknown.status,
      await unknown.text(),
      [...unknown.headers],
    ]);
  });

  it("serves it for a published timeline event of a published profile, not for a draft event", async () => {
    const published = await sourceWithDocument(true);
    const draft = await sourceWithDocument(true);
    const person = await prisoner();
    for (const [state, sourceId] of [
      ["PUBLISHED", published.sourceId],
      ["DRAFT", draft.sourceId],
    ] as const) {
      await prisma.event.create({
        data: {
          date: new Date("2024-05-01T00:00:00Z"),
          type: "VERDICT",
          title: { en: `${P}Verdict` },
          text: { en: "The court sentenced her." },
          state,
          prisoners: { create: { prisonerId: person.id } },
          citations: { create: { sourceId } },
        },
      });
    }

    expect(await status(published.documentId)).toBe(200);
    expect(await status(draft.documentId)).toBe(404);
  });

  it("serves it for a case of a published profile unless the cases are redacted", async () => {
    const shown = await sourceWithDocument(true);
    const withheld = await sourceWithDocument(true);
    for (const [document, redactedFields] of [
      [shown, []],
      [withheld, ["cases"]],
    ] as const) {
      const person = await prisoner({ redactedFields: [...redactedFields] });
      await prisma.case.create({
        data: {
          prisonerId: person.id,
          countryCode: STORE_COUNTRY,
          stage: "SENTENCED",
          caseNumber: `${P}1-23/2024`,
          citations: { create: { sourceId: document.sourceId } },
        },
      });
    }

    expect(await status(shown.documentId)).toBe(200);
    expect(await status(withheld.documentId)).toBe(404);
  });

  it("serves it for the status change the profile shows, not for an earlier one", async () => {
    const latest = await sourceWithDocument(true);
    const earlier = await sourceWithDocument(true);
    const person = await prisoner();
    for (const [effectiveOn, document] of [
      ["2023-01-10", earlier],
      ["2024-06-01", latest],
    ] as const) {
      await prisma.prisonerStatusChange.create({
        data: {
          prisonerId: person.id,
          status: "IMPRISONED",
          effectiveOn: new Date(`${effectiveOn}T00:00:00Z`),
          citations: { create: { sourceId: document.sourceId } },
        },
      });
    }

    expect(await status(latest.documentId)).toBe(200);
    expect(await status(earlier.documentId)).toBe(404);
  });
});

describe("the public profile's sources", () => {
  it("link the document at an address the route serves only when it is public", async () => {
    const open = await sourceWithDocument(true);
    const closed = await sourceWithDocument(false);
    const person = await prisoner({
      citations: [...cites(open.sourceId, "arrestedOn"), ...cites(closed.sourceId)],
    });

    const profile = await getPublishedPrisonerProfile(person.slug, "en");

    const byTitle = profile!.sources;
    expect(byTitle).toHaveLength(2);
    const [first, second] = byTitle;
    expect(first!.documentUrl).toBe(
      `/api/media/${open.documentId}/${encodeURIComponent("Ruling-of-the-court.pdf")}`,
    );
    expect(second!.documentUrl).toBeNull();
    // A private document's id is nowhere in what the page receives.
    expect(JSON.stringify(profile)).not.toContain(closed.documentId);
    expect(await status(first!.documentUrl!.split("/")[3]!)).toBe(200);
  });
});
