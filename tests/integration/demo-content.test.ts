import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { LocalFileStorage } from "@/lib/storage";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { getPublishedPublicationBySlug } from "@/lib/data/publications";
import { seedDemoContent } from "@/prisma/seed";
import { DEMO_PDF_REPORT, DEMO_PHOTO_PRISONER, seedDemoMedia } from "@/prisma/demo/demo-media";
import { publications } from "@/prisma/demo/publications";
import { runDemoMediaStep } from "@/prisma/demo/run-demo-media";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/** What a visitor of the demo sees of the parts issue 18 asked the demo to show. */
let storageRoot: string;
let storage: LocalFileStorage;

beforeAll(async () => {
  await seedDemoContent(prisma);
  storageRoot = await mkdtemp(path.join(tmpdir(), "vigil-demo-media-"));
  storage = new LocalFileStorage(storageRoot);
  await seedDemoMedia(prisma, storage);
});

afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

async function bytesOf(key: string): Promise<Buffer> {
  const content = await storage.read(key);
  if (Buffer.isBuffer(content)) return content;
  return Buffer.from(await new Response(content).arrayBuffer());
}

describe("the demo content", () => {
  it("shows a transfer: two places of detention, the current one first, and the move on the timeline", async () => {
    const profile = await getPublishedPrisonerProfile("oleg-sentsov", "en");

    expect(profile!.detentionHistory.map((item) => [item.facilityName.text, item.current])).toEqual(
      [
        ["Pre-trial detention in Russia (illustrative)", true],
        ["Place of detention in Crimea (illustrative)", false],
      ],
    );
    expect(
      profile!.detentionHistory.every((item) => item.note?.text.startsWith("Illustrative")),
    ).toBe(true);
    expect(profile!.transfers).toEqual([
      expect.objectContaining({
        date: { iso: "2014-01-01", precision: "YEAR" },
        to: expect.objectContaining({ text: "Pre-trial detention in Russia (illustrative)" }),
      }),
    ]);
  });

  it("shows an ended detention, in Russian too", async () => {
    const profile = await getPublishedPrisonerProfile("mukhtar-dzhakishev", "ru");

    expect(profile!.currentDetention).toBeNull();
    expect(profile!.detentionHistory).toEqual([
      expect.objectContaining({
        facilityName: expect.objectContaining({
          text: "Место заключения в районе Семея (для примера)",
        }),
        endedOn: { iso: "2020-03-19", precision: "DAY" },
        current: false,
      }),
    ]);
  });

  it("links a charge to the criminal-code article the reference names", async () => {
    const profile = await getPublishedPrisonerProfile("elena-semenova", "en");

    const charges = profile!.cases.flatMap((item) => item.charges);
    expect(charges).toContainEqual(
      expect.objectContaining({
        article: "274",
        title: expect.objectContaining({ text: "Spreading knowingly false information" }),
      }),
    );
  });

  it("never repeats a report's summary as its body", async () => {
    for (const demo of publications) {
      const publication = await getPublishedPublicationBySlug({
        slug: demo.slug,
        types: [demo.type],
        locale: "en",
      });
      const bodyText = JSON.stringify(publication?.body?.doc ?? null);
      expect(bodyText, demo.slug).not.toContain(JSON.stringify(demo.summary.en).slice(1, -1));
      expect(publication?.body === null, demo.slug).toBe(demo.body === undefined);
    }
  });

  it("gives one profile a drawn silhouette, credited and described as an illustration", async () => {
    const profile = await getPublishedPrisonerProfile(DEMO_PHOTO_PRISONER, "ru");
    const asset = await prisma.prisoner
      .findUniqueOrThrow({ where: { slug: DEMO_PHOTO_PRISONER }, select: { photo: true } })
      .then((row) => row.photo!);

    expect(profile!.photo).toMatchObject({
      credit: "Illustration",
      alt: expect.objectContaining({ text: expect.stringMatching(/^Иллюстрация: серый силуэт/) }),
    });
    expect(asset).toMatchObject({ kind: "IMAGE", width: 480, height: 600 });
    // Stored like an upload: a re-encoded original and its responsive copies.
    const stored = await sharp(await bytesOf(asset.storageKey)).metadata();
    expect([stored.width, stored.height]).toEqual([480, 600]);
    expect((asset.variants as unknown[]).length).toBeGreaterThan(0);
  });

  it("attaches to a report a generated PDF that says it is a demo document", async () => {
    const report = await getPublishedPublicationBySlug({
      slug: DEMO_PDF_REPORT,
      types: ["REPORT"],
      locale: "en",
    });
    expect(report!.attachments).toEqual([
      expect.objectContaining({
        kind: "PDF",
        title: expect.objectContaining({ text: "Demo document (PDF)" }),
      }),
    ]);
    const asset = await prisma.mediaAsset.findUniqueOrThrow({
      where: { id: report!.attachments[0]!.id },
    });
    const pdf = await PDFDocument.load(await bytesOf(asset.storageKey));

    expect(pdf.getTitle()).toMatch(/^Demo document: /);
    expect(pdf.getPageCount()).toBe(2);
  });

  it("stays the same when loaded again", async () => {
    const counts = async () =>
      Promise.all([
        prisma.detention.count(),
        prisma.facility.count(),
        prisma.publication.count(),
        prisma.mediaAsset.count(),
        prisma.publicationAttachment.count(),
      ]);
    const before = await counts();

    await seedDemoContent(prisma);
    await seedDemoMedia(prisma, storage);

    expect(await counts()).toEqual(before);
  });

  it("loads the files in a process of its own, as the demo's start does", async () => {
    // The media are in place already (above): the step finds them, and succeeds.
    await expect(runDemoMediaStep(env.DATABASE_URL!)).resolves.toBeUndefined();
  }, 120_000);
});
