import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { MediaInUseError } from "@/lib/media/media-errors";
import { deleteMedia, storeUpload } from "@/lib/media/media-writes";
import { prepareUpload } from "@/lib/media/prepare-upload";
import { UploadRejectedError } from "@/lib/media/upload-rejection";
import type { FileStorage } from "@/lib/storage";
import { serveMediaFile } from "@/lib/storage/media-response";
import {
  FAKE_PDF,
  HTML_NAMED_JPG,
  MINIMAL_PDF,
  SCRIPT_NAMED_JPG,
  jpegWithGpsExif,
  plainImage,
  pngDeclaring,
} from "@/tests/fixtures/media-files";
import { openTestFileStorage, type TestFileStorage } from "@/tests/fixtures/file-storage";

const P = "media-it-";
const details = { alt: { en: "A photo" }, credit: "Vigil" };

// The driver VIGIL_MEDIA_STORAGE names: a temporary folder, or the test database.
let opened: TestFileStorage;
let storage: FileStorage;
let contributor: Actor;
let editor: Actor;

async function staff(role: Actor["role"]): Promise<Actor> {
  const email = `${P}${role.toLowerCase()}@example.org`;
  const user = await prisma.user.upsert({
    where: { email },
    create: { email, name: `${role} tester`, role },
    update: {},
  });
  return { id: user.id, email: user.email, name: user.name, role };
}

async function storedBytes(key: string): Promise<Buffer> {
  const body = await storage.read(key);
  return Buffer.from(await new Response(body as ReadableStream<Uint8Array>).arrayBuffer());
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  return (error as UploadRejectedError).reason;
}

async function storedKeys(): Promise<string[]> {
  return opened.keys();
}

beforeAll(async () => {
  opened = await openTestFileStorage();
  storage = opened.storage;
  contributor = await staff("CONTRIBUTOR");
  editor = await staff("EDITOR");
});

afterAll(async () => {
  await opened.close();
  await prisma.$disconnect();
});

describe("uploading an image", () => {
  it("stores a photo with GPS EXIF without any metadata, in every stored size", async () => {
    const photo = await jpegWithGpsExif(1600, 1200);
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const prepared = await prepareUpload(photo, { filename: "IMG_0001.jpg" });
    const { id } = await storeUpload(
      contributor,
      prepared,
      {
        details,
        originalFilename: "IMG_0001.jpg",
      },
      { storage },
    );

    const asset = await prisma.mediaAsset.findUniqueOrThrow({ where: { id } });
    const keys = [
      asset.storageKey,
      ...(asset.variants as { storageKey: string }[]).map((v) => v.storageKey),
    ];
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) {
      const bytes = await storedBytes(key);
      const metadata = await sharp(bytes).metadata();
      expect(metadata.exif, key).toBeUndefined();
      expect(metadata.icc, key).toBeUndefined();
      expect(metadata.xmp, key).toBeUndefined();
      expect(metadata.iptc, key).toBeUndefined();
      expect(bytes.includes(Buffer.from("PhoneMaker")), key).toBe(false);
    }
  });

  it("turns the picture upright by its orientation tag before dropping the tag", async () => {
    // 1600×1200 with "rotate 90°": the person sees a 1200×1600 portrait.
    const prepared = await prepareUpload(await jpegWithGpsExif(1600, 1200));

    expect([prepared.width, prepared.height]).toEqual([1200, 1600]);
    const metadata = await sharp(prepared.files[0]!.bytes).metadata();
    expect(metadata.orientation).toBeUndefined();
  });

  it("records the asset with the hash of the stored file, its size, copies and uploader", async () => {
    const png = await plainImage("png", 900, 300);
    const prepared = await prepareUpload(png, { filename: "chart.png" });
    const { id } = await storeUpload(
      editor,
      prepared,
      {
        details: { alt: { en: "A chart", ru: "Диаграмма" }, credit: "Vigil" },
        originalFilename: "chart.png",
      },
      { storage },
    );

    const asset = await prisma.mediaAsset.findUniqueOrThrow({ where: { id } });
    expect(asset).toMatchObject({
      kind: "IMAGE",
      mimeType: "image/png",
      width: 900,
      height: 300,
      alt: { en: "A chart", ru: "Диаграмма" },
      credit: "Vigil",
      uploadedById: editor.id,
    });
    const { createHash } = await import("node:crypto");
    const stored = await storedBytes(asset.storageKey);
    expect(asset.sha256).toBe(createHash("sha256").update(stored).digest("hex"));
    expect(asset.byteSize).toBe(stored.length);
    // 320 and 640 fit in 900 px; 1280 would be an enlargement.
    const variants = asset.variants as { width: number; format: string }[];
    expect(variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual(
      ["320.jpeg", "320.webp", "640.jpeg", "640.webp"].sort(),
    );
    const audit = await prisma.auditLog.findFirst({
      where: { action: "media.upload", entityId: id },
    });
    expect(audit?.actorId).toBe(editor.id);
  });

  it("never enlarges a small image: its only copies have its own width", async () => {
    const prepared = await prepareUpload(await plainImage("webp", 200, 100));

    expect(new Set(prepared.variants.map((v) => v.width))).toEqual(new Set([200]));
  });

  it("does not store the same file twice", async () => {
    const png = await plainImage("png", 400, 400);
    const first = await storeUpload(
      contributor,
      await prepareUpload(png),
      { details, originalFilename: null },
      { storage },
    );
    const second = await storeUpload(
      contributor,
      await prepareUpload(png),
      { details, originalFilename: null },
      { storage },
    );

    expect(second).toEqual({ id: first.id, duplicateOf: first.id });
  });

  it("refuses a shell script renamed .jpg, telling it is not an image, and stores nothing", async () => {
    const before = await storedKeys();

    expect(
      await rejection(
        prepareUpload(SCRIPT_NAMED_JPG, { filename: "holiday.jpg", contentType: "image/jpeg" }),
      ),
    ).toBe("notAnImage");
    expect(await rejection(prepareUpload(HTML_NAMED_JPG, { filename: "photo.jpg" }))).toBe(
      "notAnImage",
    );
    expect(await storedKeys()).toEqual(before);
  });

  it("refuses a real image of a type it does not take", async () => {
    expect(
      await rejection(prepareUpload(await plainImage("gif", 10, 10), { filename: "a.gif" })),
    ).toBe("unsupportedType");
  });

  it("refuses a file declaring a huge canvas (decompression bomb) before decoding it", async () => {
    expect(
      await rejection(prepareUpload(pngDeclaring(20_000, 20_000), { filename: "bomb.png" })),
    ).toBe("tooManyPixels");
    expect(await rejection(prepareUpload(pngDeclaring(9_000, 9_000)))).toBe("tooManyPixels");
  });

  it("refuses an image that starts like a JPEG but is damaged", async () => {
    const truncated = (await plainImage("jpeg", 100, 100)).subarray(0, 200);
    expect(await rejection(prepareUpload(truncated, { filename: "cut.jpg" }))).toBe(
      "unreadableImage",
    );
  });

  it("refuses an empty file", async () => {
    expect(await rejection(prepareUpload(new Uint8Array(0)))).toBe("empty");
  });

  it("lets no signed-out caller store anything", async () => {
    const prepared = await prepareUpload(await plainImage("png", 50, 50));

    await expect(
      storeUpload(null, prepared, { details, originalFilename: null }, { storage }),
    ).rejects.toThrow(ForbiddenError);
  });
});

describe("uploading a PDF", () => {
  it("accepts a PDF by its %PDF- signature and stores it byte for byte", async () => {
    const prepared = await prepareUpload(MINIMAL_PDF, { filename: "report.pdf" });
    const { id } = await storeUpload(
      contributor,
      prepared,
      { details: { alt: {}, credit: null }, originalFilename: "report.pdf" },
      { storage },
    );

    const asset = await prisma.mediaAsset.findUniqueOrThrow({ where: { id } });
    expect(asset).toMatchObject({ kind: "PDF", mimeType: "application/pdf", variants: null });
    expect(await storedBytes(asset.storageKey)).toEqual(MINIMAL_PDF);
  });

  it("refuses a text file named .pdf", async () => {
    expect(await rejection(prepareUpload(FAKE_PDF, { filename: "report.pdf" }))).toBe("notAPdf");
  });
});

describe("deleting media", () => {
  async function uploaded(): Promise<string> {
    const png = await plainImage("png", 64 + Math.floor(Math.random() * 500), 64);
    return (
      await storeUpload(
        contributor,
        await prepareUpload(png),
        { details, originalFilename: null },
        { storage },
      )
    ).id;
  }

  it("is refused to contributors", async () => {
    const id = await uploaded();

    await expect(deleteMedia(contributor, id, { storage })).rejects.toThrow(ForbiddenError);
    expect(await prisma.mediaAsset.count({ where: { id } })).toBe(1);
  });

  it("removes an unused asset and its files for an editor, with an audit row", async () => {
    const id = await uploaded();
    const asset = await prisma.mediaAsset.findUniqueOrThrow({ where: { id } });

    await deleteMedia(editor, id, { storage });

    expect(await prisma.mediaAsset.count({ where: { id } })).toBe(0);
    await expect(storage.read(asset.storageKey)).rejects.toThrow();
    expect(await prisma.auditLog.count({ where: { action: "media.delete", entityId: id } })).toBe(
      1,
    );
  });

  it("refuses to delete a photo a profile uses", async () => {
    const id = await uploaded();
    await prisma.country.upsert({
      where: { code: "QM" },
      create: { code: "QM", slug: `${P}country`, name: { en: "Qmland" } },
      update: {},
    });
    await prisma.prisoner.create({
      data: {
        slug: `${P}with-photo`,
        name: { en: "Photo Person" },
        sortName: "Person Photo",
        countryCode: "QM",
        status: "IMPRISONED",
        summary: { en: "Summary." },
        photoId: id,
      },
    });

    await expect(deleteMedia(editor, id, { storage })).rejects.toThrow(MediaInUseError);
  });
});

describe("serving uploaded images", () => {
  let publishedPhoto: string;
  let draftPhoto: string;

  beforeAll(async () => {
    const upload = async (width: number) =>
      (
        await storeUpload(
          editor,
          await prepareUpload(await jpegWithGpsExif(width, 900)),
          { details, originalFilename: "face.jpg" },
          { storage },
        )
      ).id;
    publishedPhoto = await upload(1500);
    draftPhoto = await upload(1400);
    await prisma.country.upsert({
      where: { code: "QM" },
      create: { code: "QM", slug: `${P}country`, name: { en: "Qmland" } },
      update: {},
    });
    for (const [slug, photoId, state] of [
      ["published", publishedPhoto, "PUBLISHED"],
      ["draft", draftPhoto, "DRAFT"],
    ] as const) {
      await prisma.prisoner.create({
        data: {
          slug: `${P}serve-${slug}`,
          name: { en: `Serve ${slug}` },
          sortName: `Serve ${slug}`,
          countryCode: "QM",
          status: "IMPRISONED",
          summary: { en: "Summary." },
          photoId,
          state,
        },
      });
    }
  });

  it("serves the closest WebP copy of a published profile's photo for ?w=", async () => {
    const response = await serveMediaFile(publishedPhoto, storage, null, {
      width: 600,
      format: "webp",
    });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    // Portrait after orientation: 900×1500 → the 640 px copy.
    expect(metadata.width).toBe(640);
  });

  it("serves a JPEG copy when asked, with its own ETag", async () => {
    const webp = await serveMediaFile(publishedPhoto, storage, null, {
      width: 320,
      format: "webp",
    });
    const jpeg = await serveMediaFile(publishedPhoto, storage, null, {
      width: 320,
      format: "jpeg",
    });

    expect(jpeg.headers.get("content-type")).toBe("image/jpeg");
    expect(jpeg.headers.get("etag")).not.toBe(webp.headers.get("etag"));
  });

  it("keeps a draft profile's photo and its copies from the public", async () => {
    expect((await serveMediaFile(draftPhoto, storage)).status).toBe(404);
    expect(
      (await serveMediaFile(draftPhoto, storage, null, { width: 320, format: "webp" })).status,
    ).toBe(404);
  });
});
