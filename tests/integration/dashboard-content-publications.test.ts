import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { initialFormState, type FormState } from "@/lib/actions/staff-action";
import { transitionContentAction } from "@/lib/actions/content/transition-content";
import { createPublication } from "@/lib/actions/publications/create-publication";
import { deletePublication } from "@/lib/actions/publications/delete-publication";
import { updatePublication } from "@/lib/actions/publications/update-publication";
import { getPublicationPreview } from "@/lib/data/dashboard-publications";
import { getPublishedPublicationBySlug } from "@/lib/data/publications";
import { prisma } from "@/lib/db";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { actionForm, createdId } from "../fixtures/server-actions";
import { ensureCountry } from "../fixtures/countries";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);
// The workflow action refreshes the page around its panel; there is none here.
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  refresh: () => undefined,
}));

/**
 * The publication editor through its server actions: every field (localised text, rich text,
 * date, countries, prisoners, PDF attachments, cover), conflicts, validation, deletion rights,
 * and the way from draft to the public page. Rows live in country "QN" with a unique prefix.
 */
const COUNTRY = "QN";
const run = randomUUID().slice(0, 8);
const slug = (name: string) => `pub-it-${run}-${name}`;

let editor: StaffUser;
let contributor: StaffUser;
let prisonerId: string;
let pdfId: string;
let secondPdfId: string;
let imageId: string;

async function asset(kind: "PDF" | "IMAGE", name: string): Promise<string> {
  const row = await prisma.mediaAsset.create({
    data: {
      kind,
      storageKey: `media/pub-it-${run}-${name}`,
      mimeType: kind === "PDF" ? "application/pdf" : "image/jpeg",
      byteSize: 1234,
      sha256: randomUUID().replace(/-/g, ""),
      originalFilename: name,
      ...(kind === "IMAGE" ? { width: 640, height: 480, alt: { en: "A courtroom" } } : {}),
    },
  });
  return row.id;
}

function fullForm(extra: Record<string, string | string[]> = {}): FormData {
  return actionForm({
    type: "REPORT",
    slug: slug("report"),
    "title.en": "Ten years of arbitrary detention",
    "title.ru": "Десять лет произвольных задержаний",
    "summary.en": "What the cases have in common.",
    "body.en": "First paragraph.\n\nSecond paragraph.",
    publishedOn: "2026-11-20",
    countryCodes: [COUNTRY],
    prisonerIds: [prisonerId],
    coverImageId: imageId,
    "attachments.0.assetId": pdfId,
    "attachments.0.title.en": "Full report",
    attachmentsCount: "1",
    ...extra,
  });
}

beforeAll(async () => {
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
  await ensureCountry({ code: COUNTRY, slug: "pub-it-country", name: { en: "Newsland" } });
  prisonerId = (
    await prisma.prisoner.create({
      data: {
        slug: slug("prisoner"),
        name: { en: "Aigul Reporter" },
        sortName: "Reporter Aigul",
        countryCode: COUNTRY,
        status: "IMPRISONED",
        summary: { en: "." },
        state: "PUBLISHED",
      },
    })
  ).id;
  [pdfId, secondPdfId, imageId] = await Promise.all([
    asset("PDF", "report.pdf"),
    asset("PDF", "annex.pdf"),
    asset("IMAGE", "cover.jpg"),
  ]);
});

afterEach(() => signOutRequest());

describe("the publication editor", () => {
  it("creates a draft with every field, its links and its PDF", async () => {
    await signInRequestAs(contributor);
    const id = await createdId(createPublication, fullForm());
    const row = await prisma.publication.findUniqueOrThrow({
      where: { id },
      include: { countries: true, prisoners: true, attachments: true },
    });
    expect(row).toMatchObject({
      type: "REPORT",
      state: "DRAFT",
      title: { en: "Ten years of arbitrary detention", ru: "Десять лет произвольных задержаний" },
      summary: { en: "What the cases have in common." },
      publishedOn: new Date("2026-11-20T00:00:00Z"),
      coverImageId: imageId,
      createdById: contributor.id,
    });
    expect(row.body).toMatchObject({ en: { type: "doc" } });
    expect(row.countries.map((country) => country.countryCode)).toEqual([COUNTRY]);
    expect(row.prisoners.map((prisoner) => prisoner.prisonerId)).toEqual([prisonerId]);
    expect(row.attachments).toMatchObject([{ assetId: pdfId, title: { en: "Full report" } }]);
  });

  it("updates attachments in place, adds and removes them, and clears links", async () => {
    await signInRequestAs(editor);
    const id = await createdId(createPublication, fullForm({ slug: slug("attachments") }));
    const [attachment] = await prisma.publicationAttachment.findMany({
      where: { publicationId: id },
    });
    const saved = await updatePublication(
      initialFormState,
      fullForm({
        id,
        expectedVersion: "1",
        slug: slug("attachments"),
        countryCodes: [],
        prisonerIds: [],
        coverImageId: "",
        "attachments.0.id": attachment!.id,
        "attachments.0.title.en": "Report (English)",
        "attachments.1.assetId": secondPdfId,
        attachmentsCount: "2",
      }),
    );
    expect(saved).toMatchObject({ status: "success", result: { version: 2 } });
    const after = await prisma.publicationAttachment.findMany({
      where: { publicationId: id },
      orderBy: { position: "asc" },
    });
    expect(after).toMatchObject([
      { id: attachment!.id, assetId: pdfId, title: { en: "Report (English)" }, position: 0 },
      { assetId: secondPdfId, title: null, position: 1 },
    ]);
    const row = await prisma.publication.findUniqueOrThrow({
      where: { id },
      include: { countries: true, prisoners: true },
    });
    expect(row).toMatchObject({ coverImageId: null, countries: [], prisoners: [] });

    const removed = await updatePublication(
      initialFormState,
      fullForm({
        id,
        expectedVersion: "2",
        slug: slug("attachments"),
        "attachments.0.id": attachment!.id,
        "attachments.0.remove": "on",
      }),
    );
    expect(removed).toMatchObject({ status: "success", result: { version: 3 } });
    expect(await prisma.publicationAttachment.count({ where: { publicationId: id } })).toBe(0);
  });

  it("explains what is wrong, field by field, and keeps what was typed", async () => {
    await signInRequestAs(editor);
    const state = await createPublication(
      initialFormState,
      fullForm({
        slug: slug("invalid"),
        type: "ESSAY",
        "title.en": "",
        publishedOn: "2026-02-30",
        "attachments.0.assetId": imageId,
        prisonerIds: ["no-such-prisoner"],
      }),
    );
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: {
        type: "Choose the type of the publication.",
        "title.en": "Enter the English text; the other languages are optional.",
        publishedOn: "Enter a real date as YYYY-MM-DD.",
      },
      values: { "title.ru": "Десять лет произвольных задержаний", publishedOn: "2026-02-30" },
    });

    const references = await createPublication(
      initialFormState,
      fullForm({
        slug: slug("references"),
        "attachments.0.assetId": imageId,
        prisonerIds: ["no-such-prisoner"],
      }),
    );
    expect(references).toMatchObject({
      status: "invalid",
      fieldErrors: {
        "attachments.0.assetId": "Choose a PDF file from the media library.",
        prisonerIds: expect.stringContaining("no longer exists"),
      },
    });
    expect(await prisma.publication.count({ where: { slug: slug("references") } })).toBe(0);
  });

  it("refuses a save based on a stale version and keeps the user's text", async () => {
    await signInRequestAs(editor);
    const id = await createdId(createPublication, fullForm({ slug: slug("conflict") }));
    await updatePublication(
      initialFormState,
      fullForm({ id, expectedVersion: "1", slug: slug("conflict"), "title.en": "Their title" }),
    );
    const state = await updatePublication(
      initialFormState,
      fullForm({ id, expectedVersion: "1", slug: slug("conflict"), "title.en": "My title" }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "conflict",
      values: { "title.en": "My title" },
      conflict: { currentVersion: 2 },
    });
    expect(await prisma.publication.findUnique({ where: { id } })).toMatchObject({
      title: { en: "Their title" },
    });
  });

  it("lets an editor, not a contributor, delete a publication", async () => {
    await signInRequestAs(editor);
    const id = await createdId(createPublication, fullForm({ slug: slug("deleted") }));
    await signInRequestAs(contributor);
    const refused = await deletePublication(
      initialFormState as FormState<never>,
      actionForm({ id, expectedVersion: "1", confirm: "on" }),
    );
    expect(refused).toMatchObject({ status: "error", code: "forbidden" });
    expect(await prisma.publication.count({ where: { id } })).toBe(1);

    await signInRequestAs(editor);
    await expect(
      deletePublication(
        initialFormState as FormState<never>,
        actionForm({ id, expectedVersion: "1", confirm: "on" }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining("/en/dashboard/publications") });
    expect(await prisma.publication.count({ where: { id } })).toBe(0);
    expect(await prisma.mediaAsset.count({ where: { id: pdfId } })).toBe(1);
  });

  it("previews a draft as the public page would show it, and publishes it", async () => {
    await signInRequestAs(contributor);
    const id = await createdId(createPublication, fullForm({ slug: slug("published") }));
    const preview = await getPublicationPreview(
      { id: contributor.id, email: contributor.email, name: contributor.name, role: "CONTRIBUTOR" },
      id,
      "en",
    );
    expect(preview).toMatchObject({
      state: "DRAFT",
      title: { text: "Ten years of arbitrary detention" },
      attachments: [{ id: pdfId, title: { text: "Full report" } }],
      prisoners: [{ slug: slug("prisoner") }],
      countries: [{ code: COUNTRY }],
      cover: { href: `/api/dashboard/media/${imageId}` },
    });
    const notYet = await getPublishedPublicationBySlug({
      slug: slug("published"),
      types: ["REPORT"],
      locale: "en",
    });
    expect(notYet).toBeNull();

    const publishedByContributor = await transitionContentAction(
      initialFormState as never,
      actionForm({ type: "publication", id, expectedVersion: "1", to: "PUBLISHED" }),
    );
    expect(publishedByContributor).toMatchObject({ status: "error", code: "forbidden" });

    await signInRequestAs(editor);
    const published = await transitionContentAction(
      initialFormState as never,
      actionForm({ type: "publication", id, expectedVersion: "1", to: "PUBLISHED" }),
    );
    expect(published).toMatchObject({ status: "success" });
    const page = await getPublishedPublicationBySlug({
      slug: slug("published"),
      types: ["REPORT"],
      locale: "en",
    });
    // The public DTO is the preview's, minus the state and with public file links.
    const previewed = { ...preview!, state: undefined };
    delete previewed.state;
    expect(page).toMatchObject({
      ...previewed,
      cover: { ...previewed.cover, href: expect.stringMatching(/^\/api\/media\//) },
      attachments: [
        { ...previewed.attachments[0], href: expect.stringMatching(/^\/api\/media\//) },
      ],
    });
  });
});
