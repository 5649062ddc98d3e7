import { createHash, randomUUID } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getDatasets } from "@/app/api/v1/datasets/route";
import { GET as getDatasetFile } from "@/app/api/v1/datasets/[date]/[name]/route";
import { transitionContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { buildDataset } from "@/lib/datasets/build-dataset";
import { serveDatasetFile } from "@/lib/datasets/dataset-download";
import { DATASET_FILE_NAMES, DATASETS_KEPT, datasetStorageKey } from "@/lib/datasets/dataset-files";
import { DATASET_TABLES } from "@/lib/datasets/dataset-tables";
import { getPublishedPrisonerProfile } from "@/lib/data/prisoner-profile";
import { apiRoutes } from "@/lib/routes";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { StoredFileNotFoundError } from "@/lib/storage";
import { REDACTABLE_FIELDS } from "@/lib/validation/prisoner-basics";
import { draftPrisoner } from "../fixtures/content-store";
import { ensureCountry } from "../fixtures/countries";
import {
  STORAGE_DRIVERS,
  openTestFileStorage,
  readStoredBytes,
  type TestFileStorage,
} from "../fixtures/file-storage";
import { insertPrisoner } from "../fixtures/prisoners";
import { createStaffUser } from "../fixtures/staff-users";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * The daily datasets (issue 20, lib/datasets): built from the public DTOs on a real PostgreSQL
 * into each storage driver, checked byte for byte against their recorded SHA-256 and SHA256SUMS;
 * no sentinel planted in an internal, withheld or draft field reaches any file; a formula typed
 * into a name is defused in the CSV; the newest 30 are kept; the list and download routes answer
 * with the right headers.
 */
const COUNTRY = "XA";
const P = "datasets-it-";
const SENTINEL = "SNTLDS";
const s = (field: string) => `${SENTINEL}-${field}`;
const PUBLIC = "Datasetmarker";
const FORMULA = '=HYPERLINK("https://evil.example","x")';
const address = { [CLIENT_ADDRESS_HEADER]: "203.0.113.77" };

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

beforeAll(async () => {
  await prisma.dataset.deleteMany({});
  await ensureCountry({ code: COUNTRY, slug: `${P}land`, name: { en: "Datasetland" } });
  const internal = {
    create: { familyContacts: s("family"), lawyerContacts: s("lawyer"), notes: s("notes") },
  };
  const redacted = await insertPrisoner(
    { slug: `${P}redacted`, countryCode: COUNTRY, label: `${PUBLIC} Redacted` },
    {
      redactedFields: [...REDACTABLE_FIELDS],
      region: { en: s("region") },
      occupation: { en: s("occupation") },
      citizenships: [s("citizenship")],
      internal,
      nameVariants: { create: [{ value: s("nameVariant"), script: "LATIN", kind: "ALIAS" }] },
    },
  );
  await prisma.case.create({
    data: {
      prisonerId: redacted.id,
      countryCode: COUNTRY,
      stage: "TRIAL",
      title: { en: s("caseTitle") },
      caseNumber: s("caseNumber"),
    },
  });
  await prisma.event.create({
    data: {
      date: new Date("2024-01-01T00:00:00Z"),
      type: "HEARING",
      title: { en: s("redactedEvent") },
      text: { en: s("redactedEventText") },
      state: "PUBLISHED",
      prisoners: { create: [{ prisonerId: redacted.id }] },
    },
  });
  const open = await insertPrisoner(
    { slug: `${P}open`, countryCode: COUNTRY, label: `${PUBLIC} Open` },
    { internal: { create: { notes: s("openNotes") } }, occupation: { en: FORMULA } },
  );
  await prisma.case.create({
    data: {
      prisonerId: open.id,
      countryCode: COUNTRY,
      stage: "INVESTIGATION",
      caseNumber: "1-23/2024",
    },
  });
  await prisma.event.create({
    data: {
      date: new Date("2024-03-01T00:00:00Z"),
      datePrecision: "MONTH",
      type: "HEARING",
      title: { en: `${PUBLIC} hearing`, ru: "Заседание" },
      text: { en: "The court heard the case.", ru: "Суд рассмотрел дело." },
      state: "PUBLISHED",
      prisoners: { create: [{ prisonerId: open.id }] },
    },
  });
  for (const state of ["DRAFT", "IN_REVIEW", "ARCHIVED"] as const) {
    await prisma.event.create({
      data: {
        date: new Date("2024-02-02T00:00:00Z"),
        type: "HEARING",
        title: { en: s(`event-${state}`) },
        text: { en: s(`eventText-${state}`) },
        state,
        prisoners: { create: [{ prisonerId: open.id }] },
      },
    });
  }
  await insertPrisoner(
    { slug: `${P}draft`, countryCode: COUNTRY, label: s("draftName") },
    { state: "DRAFT", summary: { en: s("draftSummary") }, internal },
  );
});

afterAll(async () => {
  await prisma.dataset.deleteMany({});
});

async function storedFiles(storage: TestFileStorage["storage"], date: string) {
  const { id } = await prisma.dataset.findUniqueOrThrow({
    where: { date: new Date(`${date}T00:00:00Z`) },
    select: { id: true },
  });
  const files = new Map<string, Buffer>();
  for (const name of DATASET_FILE_NAMES) {
    files.set(name, await readStoredBytes(storage, datasetStorageKey({ id, date }, name)));
  }
  return files;
}

const text = (bytes: Buffer, name: string) =>
  (name.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");

describe.each(STORAGE_DRIVERS)("a day's dataset in the %s storage", (driver) => {
  const date = driver === "local" ? "2030-01-15" : "2030-02-15";
  let test: TestFileStorage;
  let files: Map<string, Buffer>;

  beforeAll(async () => {
    test = await openTestFileStorage(driver);
    const result = await buildDataset({ storage: test.storage, now: day(date) });
    expect(result.outcome).toBe("built");
    files = await storedFiles(test.storage, date);
  });
  afterAll(() => test.close());

  it("stores every file with the size and SHA-256 it records, and SHA256SUMS lists them", async () => {
    const row = await prisma.dataset.findUniqueOrThrow({
      where: { date: new Date(`${date}T00:00:00Z`) },
      include: { files: true },
    });
    expect(row.status).toBe("READY");
    expect(row.files.map((file) => file.name).sort()).toEqual([...DATASET_FILE_NAMES].sort());
    for (const file of row.files) {
      const bytes = files.get(file.name)!;
      expect(Number(file.bytes)).toBe(bytes.byteLength);
      expect(file.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    const sums = files.get("SHA256SUMS")!.toString("utf8").trim().split("\n");
    expect(sums).toHaveLength(DATASET_FILE_NAMES.length - 1);
    for (const line of sums) {
      const [hash, name] = line.split("  ");
      expect(createHash("sha256").update(files.get(name!)!).digest("hex")).toBe(hash);
    }
    expect(row.prisoners).toBeGreaterThanOrEqual(2);
  });

  it("writes each JSON line exactly as the API's profile DTO, and never a draft", async () => {
    const lines = text(files.get("prisoners.en.jsonl.gz")!, ".gz")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { slug: string });
    const open = lines.find((line) => line.slug === `${P}open`);
    expect(open).toEqual(await getPublishedPrisonerProfile(`${P}open`, "en"));
    const ru = text(files.get("prisoners.ru.jsonl.gz")!, ".gz");
    expect(ru).toContain("Заседание");
    expect(lines.map((line) => line.slug)).not.toContain(`${P}draft`);
    const slugs = lines.map((line) => line.slug);
    expect(slugs).toEqual([...slugs].sort());
  });

  it("writes the CSV tables with the dictionary's columns, dates with their precision", () => {
    for (const table of Object.values(DATASET_TABLES)) {
      const csv = text(files.get(`${table.file}.gz`)!, ".gz");
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
      const [header] = parse(csv.slice(1), { to_line: 1 }) as string[][];
      expect(header).toEqual(table.columns.map((column) => column.name));
      // Every table but charges has rows of this file's profiles (they charge under no article).
      if (table.file !== "charges.csv") expect(rows.length, table.file).toBeGreaterThan(0);
    }
    const events = parse(text(files.get("events.csv.gz")!, ".gz").slice(1), {
      columns: true,
    }) as Record<string, string>[];
    const hearing = events.find((row) => row.prisoner_slug === `${P}open`);
    expect(hearing).toMatchObject({
      date: "2024-03-01",
      date_precision: "MONTH",
      title_ru: "Заседание",
    });
    const dictionary = files.get("data-dictionary.md")!.toString("utf8");
    for (const table of Object.values(DATASET_TABLES)) {
      for (const column of table.columns) expect(dictionary).toContain(`| ${column.name} |`);
    }
  });

  it("defuses a formula typed into a field, in every CSV cell", () => {
    const prisoners = parse(text(files.get("prisoners.csv.gz")!, ".gz").slice(1), {
      columns: true,
    }) as Record<string, string>[];
    expect(prisoners.find((row) => row.slug === `${P}open`)?.occupation_en).toBe(`'${FORMULA}`);
  });

  it("holds no sentinel of an internal, withheld or draft field in any file", () => {
    for (const [name, bytes] of files) {
      const content = text(bytes, name);
      expect(content, name).not.toContain(SENTINEL);
    }
    // The positive control: the same profiles are there.
    expect(text(files.get("prisoners.csv.gz")!, ".gz")).toContain(`${PUBLIC} Redacted`);
  });

  it("leaves a day already built as it is", async () => {
    const again = await buildDataset({ storage: test.storage, now: day(date) });
    expect(again.outcome).toBe("skipped");
  });
});

describe("the dataset routes", () => {
  let test: TestFileStorage;
  const date = "2030-03-15";

  beforeAll(async () => {
    test = await openTestFileStorage("local");
    await buildDataset({ storage: test.storage, now: day(date) });
  });
  afterAll(() => test.close());

  it("lists the READY days newest first, with each file's size, checksum and address", async () => {
    await prisma.dataset.create({ data: { date: new Date("2030-12-31T00:00:00Z") } });
    const answer = await getDatasets(
      new Request(`http://localhost${apiRoutes.v1Datasets()}`, { headers: address }),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await answer.json()) as {
      items: { date: string; files: { name: string; url: string; sha256: string }[] }[];
    };
    expect(body.items[0]!.date).toBe(date);
    expect(body.items.map((item) => item.date)).not.toContain("2030-12-31");
    const sums = body.items[0]!.files.find((file) => file.name === "SHA256SUMS");
    expect(sums?.url).toBe(apiRoutes.v1DatasetFile(date, "SHA256SUMS"));
    await prisma.dataset.deleteMany({ where: { date: new Date("2030-12-31T00:00:00Z") } });
  });

  it("serves a file as a download with its type, length, ETag and long caching, then 304", async () => {
    const row = await prisma.datasetFile.findFirstOrThrow({
      where: { name: "prisoners.csv.gz", dataset: { date: new Date(`${date}T00:00:00Z`) } },
    });
    const request = new Request(`http://localhost${apiRoutes.v1DatasetFile(date, row.name)}`);
    const answer = await serveDatasetFile(request, date, row.name, test.storage);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/gzip");
    expect(answer.headers.get("content-length")).toBe(String(row.bytes));
    expect(answer.headers.get("content-disposition")).toBe(
      'attachment; filename="prisoners.csv.gz"',
    );
    expect(answer.headers.get("etag")).toBe(`"${row.sha256}"`);
    expect(answer.headers.get("cache-control")).toContain("immutable");
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(row.sha256);
    const again = await serveDatasetFile(
      new Request(request.url, { headers: { "If-None-Match": `"${row.sha256}"` } }),
      date,
      row.name,
      test.storage,
    );
    expect(again.status).toBe(304);
  });

  it("answers 404 for an unknown day, file name or a day still building", async () => {
    await prisma.dataset.create({ data: { date: new Date("2030-11-30T00:00:00Z") } });
    for (const [d, name] of [
      ["2030-03-16", "SHA256SUMS"],
      [date, "secrets.csv"],
      ["2030-02-30", "SHA256SUMS"],
      ["2030-11-30", "SHA256SUMS"],
      ["..", "SHA256SUMS"],
    ] as const) {
      const request = new Request(`http://localhost/api/v1/datasets/x/y`, { headers: address });
      const answer = await getDatasetFile(request, { params: Promise.resolve({ date: d, name }) });
      expect(answer.status, `${d}/${name}`).toBe(404);
    }
    await prisma.dataset.deleteMany({ where: { date: new Date("2030-11-30T00:00:00Z") } });
  });
});

describe("retention", () => {
  it("keeps the newest 30 days and deletes older ones with their files", async () => {
    const test = await openTestFileStorage("local");
    try {
      const old: string[] = [];
      const keyOf = new Map<string, string>();
      for (let index = 0; index < DATASETS_KEPT + 2; index += 1) {
        const date = new Date(Date.UTC(2029, 0, 1 + index)).toISOString().slice(0, 10);
        old.push(date);
        const id = randomUUID();
        const key = datasetStorageKey({ id, date }, "SHA256SUMS");
        keyOf.set(date, key);
        await test.storage.write(key, `old ${randomUUID()}\n`);
        await prisma.dataset.create({
          data: {
            id,
            date: new Date(`${date}T00:00:00Z`),
            status: "READY",
            files: {
              create: [
                {
                  name: "SHA256SUMS",
                  contentType: "text/plain",
                  bytes: 1,
                  sha256: "0".repeat(64),
                  storageKey: key,
                },
              ],
            },
          },
        });
      }
      const result = await buildDataset({ storage: test.storage, now: day("2031-01-01") });
      expect(result.outcome).toBe("built");
      const remaining = await prisma.dataset.findMany({
        orderBy: { date: "desc" },
        select: { date: true },
      });
      expect(remaining).toHaveLength(DATASETS_KEPT);
      const removedDays = old.filter(
        (date) => !remaining.some((row) => row.date.toISOString().startsWith(date)),
      );
      expect(result.removed.sort()).toEqual(expect.arrayContaining(removedDays));
      expect(removedDays.length).toBeGreaterThan(0);
      for (const date of removedDays) {
        await expect(test.storage.read(keyOf.get(date)!)).rejects.toBeInstanceOf(
          StoredFileNotFoundError,
        );
      }
      const kept = old.at(-1)!;
      await expect(readStoredBytes(test.storage, keyOf.get(kept)!)).resolves.toBeTruthy();
    } finally {
      await test.close();
    }
  });
});

describe("a profile withdrawn from public view", () => {
  it("withdraws every kept dataset at once, and the next run builds the day again without it", async () => {
    const test = await openTestFileStorage("local");
    try {
      const editor = await createStaffUser("EDITOR");
      const { id } = await draftPrisoner(editor, "Withdrawn Datasetperson");
      const version = async () =>
        (await prisma.prisoner.findUniqueOrThrow({ where: { id }, select: { version: true } }))
          .version;
      await transitionContent(editor, {
        type: "prisoner",
        id,
        expectedVersion: await version(),
        to: "PUBLISHED",
      });
      const date = "2033-03-03";
      const first = await buildDataset({ storage: test.storage, now: day(date) });
      expect(first.outcome).toBe("built");
      const lines = async () =>
        text((await storedFiles(test.storage, date)).get("prisoners.en.jsonl.gz")!, ".gz");
      expect(await lines()).toContain("Withdrawn Datasetperson");

      await transitionContent(editor, {
        type: "prisoner",
        id,
        expectedVersion: await version(),
        to: "DRAFT",
      });
      const rows = await prisma.dataset.findMany({ select: { status: true } });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.status === "WITHDRAWN")).toBe(true);

      const again = await buildDataset({ storage: test.storage, now: day(date) });
      expect(again.outcome).toBe("built");
      expect(await lines()).not.toContain("Withdrawn Datasetperson");
      const ready = await prisma.dataset.findMany({ where: { status: "READY" } });
      expect(ready.map((row) => row.date.toISOString().slice(0, 10))).toEqual([date]);
    } finally {
      await test.close();
    }
  });
});
