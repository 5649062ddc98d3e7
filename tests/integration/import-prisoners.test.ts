import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { commitImport, ImportNotCommittedError } from "@/lib/import/commit-import";
import type { ImportDecision, ImportPreview } from "@/lib/import/import-preview-types";
import { previewImport } from "@/lib/import/preview-import";
import { createStaffUser } from "../fixtures/staff-users";
import { ensureCountry } from "../fixtures/countries";

/** Rows of this file live in a country of their own ("QI") and carry the prefix below. */
const P = "import-it-";
const COUNTRY = "QI";
const HEADER =
  "name_en,name_ru,sort_name,slug,birth_year,birth_date,country_code,status,arrested_on,summary_en";

let editor: Actor;
let contributor: Actor;
let existingId: string;

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join("\n") + "\n";
}

async function preview(text: string): Promise<ImportPreview> {
  const result = await previewImport(editor, text);
  if (!result.ok) throw new Error(`file refused: ${result.error}`);
  return result.preview;
}

function createAll(p: ImportPreview): Record<number, ImportDecision> {
  return Object.fromEntries(p.rows.map((row) => [row.index, { action: "create" as const }]));
}

function countImported(): Promise<number> {
  return prisma.prisoner.count({ where: { slug: { startsWith: P } } });
}

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
  contributor = await createStaffUser("CONTRIBUTOR");
  await ensureCountry({ code: COUNTRY, slug: `${P}country`, name: { en: "Qiland" } });
  const existing = await prisma.prisoner.create({
    data: {
      slug: `${P}existing-zhumabekov`,
      name: { en: "Daulet Dzhumabekov" },
      sortName: "Dzhumabekov Daulet",
      birthYear: 1963,
      countryCode: COUNTRY,
      status: "IMPRISONED",
      summary: { en: "Existing profile." },
      state: "PUBLISHED",
    },
  });
  existingId = existing.id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("the import preview", () => {
  it("accepts valid rows and writes nothing", async () => {
    const before = await countImported();
    const p = await preview(
      csv(
        `Aigul Sadykova,Айгуль Садыкова,Sadykova Aigul,${P}aigul,1985,,${COUNTRY},IMPRISONED,2021-03,A journalist.`,
      ),
    );

    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ line: 2, errors: [], existingDuplicates: [] });
    expect(await countImported()).toBe(before);
  });

  it("reports each invalid cell by row and column with the shared schema's codes", async () => {
    const p = await preview(
      csv(
        `,Без имени,Nameless,${P}nameless,,,${COUNTRY},IMPRISONED,,`,
        `Bad Dates,,Dates Bad,${P}bad-dates,1990,,${COUNTRY},JAILED,1985-02-30,`,
        `Wrong Country,,Country Wrong,${P}wrong-country,,,ZZ,IMPRISONED,,`,
      ),
    );

    expect(p.rows[0]!.errors).toContainEqual({
      column: "name_en",
      code: "englishRequired",
      source: "schema",
    });
    expect(p.rows[1]!.line).toBe(3);
    expect(p.rows[1]!.errors).toEqual(
      expect.arrayContaining([
        { column: "status", code: "statusInvalid", source: "schema" },
        { column: "arrested_on", code: "dateInvalid", source: "schema" },
      ]),
    );
    expect(p.rows[2]!.errors).toContainEqual({
      column: "country_code",
      code: "countryUnknown",
      source: "import",
    });
    expect(p.counts.invalid).toBe(3);
  });

  it("finds an existing profile by the transliterated name, in any spelling or script", async () => {
    const p = await preview(
      csv(
        `Daulet Zhumabekov,,Zhumabekov Daulet,,1963,,${COUNTRY},IMPRISONED,,`,
        `Jumabekov Daulet,,Jumabekov Daulet,,,,${COUNTRY},IMPRISONED,,`,
        `Daulet Dzhumabekov,Даулет Джумабеков,Dzhumabekov Daulet,,1970,,${COUNTRY},IMPRISONED,,`,
      ),
    );

    expect(p.rows[0]!.existingDuplicates.map((d) => d.id)).toEqual([existingId]);
    expect(p.rows[1]!.existingDuplicates.map((d) => d.id)).toEqual([existingId]);
    // Another birth year: another person of the same name.
    expect(p.rows[2]!.existingDuplicates).toEqual([]);
  });

  it("offers the fields a merge would fill or change", async () => {
    const p = await preview(
      csv(`Daulet Dzhumabekov,Даулет Джумабеков,Dzhumabekov Daulet,,1963,,${COUNTRY},RELEASED,,`),
    );

    const comparisons = p.rows[0]!.existingDuplicates[0]!.comparisons;
    expect(comparisons).toEqual(
      expect.arrayContaining([
        { path: "name.ru", column: "name_ru", incoming: "Даулет Джумабеков", existing: "" },
        { path: "status", column: "status", incoming: "RELEASED", existing: "IMPRISONED" },
      ]),
    );
    expect(comparisons.map((c) => c.path)).not.toContain("sortName");
  });

  it("finds duplicates within the file, in either script", async () => {
    const p = await preview(
      csv(
        `Ivan Petrov,,Petrov Ivan,${P}ivan-1,,,${COUNTRY},IMPRISONED,,`,
        `Sergei Ivanov,,Ivanov Sergei,${P}sergei,,,${COUNTRY},IMPRISONED,,`,
        `Petrov Ivan,Иван Петров,Petrov Ivan,${P}ivan-2,,,${COUNTRY},IMPRISONED,,`,
      ),
    );

    expect(p.rows[2]!.duplicateOfLines).toEqual([2]);
    expect(p.rows[1]!.duplicateOfLines).toEqual([]);
  });

  it("derives a free address from the name when the file gives none", async () => {
    const p = await preview(
      csv(`Daulet Dzhumabekov,,Dzhumabekov Daulet,,1970,,${COUNTRY},IMPRISONED,,`),
    );

    expect(p.rows[0]!.slug).toBe("daulet-dzhumabekov");
  });

  it("is refused to contributors", async () => {
    await expect(previewImport(contributor, csv())).rejects.toThrow(ForbiddenError);
  });

  it("refuses a file without the required columns, naming them", async () => {
    expect(await previewImport(editor, "name_en,slug\nA B,a-b\n")).toEqual({
      ok: false,
      error: "missingColumns",
      columns: ["sort_name", "country_code", "status"],
    });
  });
});

describe("confirming an import", () => {
  it("writes every row as a draft with its revision and audit row, in one go", async () => {
    const text = csv(
      `Timur Aliyev,Тимур Алиев,Aliyev Timur,${P}timur,1979,,${COUNTRY},PRETRIAL_DETENTION,2024-01-15,Blogger.`,
      `Dana Bekova,,Bekova Dana,${P}dana,,,${COUNTRY},HOUSE_ARREST,,`,
    );
    const p = await preview(text);

    const outcome = await commitImport(editor, {
      csvText: text,
      fileHash: p.fileHash,
      decisions: createAll(p),
    });

    expect(outcome.created).toHaveLength(2);
    const rows = await prisma.prisoner.findMany({
      where: { id: { in: outcome.created } },
      orderBy: { slug: "asc" },
    });
    expect(rows.map((row) => [row.slug, row.state, row.createdById])).toEqual([
      [`${P}dana`, "DRAFT", editor.id],
      [`${P}timur`, "DRAFT", editor.id],
    ]);
    expect(
      await prisma.revision.count({ where: { entityId: { in: outcome.created }, number: 1 } }),
    ).toBe(2);
    expect(
      await prisma.auditLog.count({
        where: { action: "prisoner.import", entityId: { in: outcome.created } },
      }),
    ).toBe(2);
  });

  it("writes nothing at all when one row fails at write time", async () => {
    const before = await countImported();
    const text = csv(
      `Olga Smirnova,,Smirnova Olga,${P}olga,,,${COUNTRY},IMPRISONED,,`,
      `Daulet Dzhumabekov,,Dzhumabekov Daulet,,1963,,${COUNTRY},RELEASED,,`,
    );
    const p = await preview(text);
    // Someone edits the profile between the preview and the confirmation.
    await prisma.prisoner.update({
      where: { id: existingId },
      data: { version: { increment: 1 } },
    });
    const target = p.rows[1]!.existingDuplicates[0]!;

    await expect(
      commitImport(editor, {
        csvText: text,
        fileHash: p.fileHash,
        decisions: {
          0: { action: "create" },
          1: {
            action: "merge",
            targetId: target.id,
            expectedVersion: target.version,
            fields: ["status"],
          },
        },
      }),
    ).rejects.toThrow(ConflictError);

    expect(await countImported()).toBe(before);
    expect(await prisma.prisoner.findUnique({ where: { slug: `${P}olga` } })).toBeNull();
  });

  it("refuses a file with invalid rows and writes none of its valid rows", async () => {
    const before = await countImported();
    const text = csv(
      `Nina Valid,,Valid Nina,${P}nina,,,${COUNTRY},IMPRISONED,,`,
      `,,No Name,${P}no-name,,,${COUNTRY},IMPRISONED,,`,
    );
    const p = await preview(text);

    const error = await commitImport(editor, {
      csvText: text,
      fileHash: p.fileHash,
      decisions: createAll(p),
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ImportNotCommittedError);
    expect((error as ImportNotCommittedError).problem).toBe("invalidRows");
    expect(await countImported()).toBe(before);
  });

  it("merges the chosen fields into the existing profile, with a new revision", async () => {
    const text = csv(
      `Daulet Zhumabekov,Даулет Жумабеков,Zhumabekov Daulet,,1963,,${COUNTRY},RELEASED,,`,
    );
    const p = await preview(text);
    const target = p.rows[0]!.existingDuplicates[0]!;

    const outcome = await commitImport(editor, {
      csvText: text,
      fileHash: p.fileHash,
      decisions: {
        0: {
          action: "merge",
          targetId: target.id,
          expectedVersion: target.version,
          fields: ["name.ru", "status"],
        },
      },
    });

    expect(outcome.merged).toEqual([existingId]);
    const merged = await prisma.prisoner.findUniqueOrThrow({ where: { id: existingId } });
    // Chosen fields taken, the rest (English name, sort name, address) kept.
    expect(merged.name).toEqual({ en: "Daulet Dzhumabekov", ru: "Даулет Жумабеков" });
    expect(merged.status).toBe("RELEASED");
    expect(merged.sortName).toBe("Dzhumabekov Daulet");
    expect(merged.version).toBe(target.version + 1);
    expect(
      await prisma.revision.count({ where: { entityId: existingId, number: merged.version } }),
    ).toBe(1);
  });

  it("skips rows marked skip and refuses a merge into a profile that was not offered", async () => {
    const text = csv(`Pavel Skipped,,Skipped Pavel,${P}pavel,,,${COUNTRY},IMPRISONED,,`);
    const p = await preview(text);

    expect(
      await commitImport(editor, {
        csvText: text,
        fileHash: p.fileHash,
        decisions: { 0: { action: "skip" } },
      }),
    ).toEqual({
      created: [],
      merged: [],
      skipped: 1,
    });
    await expect(
      commitImport(editor, {
        csvText: text,
        fileHash: p.fileHash,
        decisions: { 0: { action: "merge", targetId: existingId, expectedVersion: 1, fields: [] } },
      }),
    ).rejects.toThrow(ImportNotCommittedError);
  });

  it("refuses a file other than the one previewed", async () => {
    const p = await preview(csv(`Anna First,,First Anna,${P}anna,,,${COUNTRY},IMPRISONED,,`));
    const other = csv(`Anna Second,,Second Anna,${P}anna2,,,${COUNTRY},IMPRISONED,,`);

    await expect(
      commitImport(editor, {
        csvText: other,
        fileHash: p.fileHash,
        decisions: { 0: { action: "create" } },
      }),
    ).rejects.toThrow(ImportNotCommittedError);
  });

  it("is refused to contributors, even called directly", async () => {
    const text = csv(`Forged Row,,Row Forged,${P}forged,,,${COUNTRY},IMPRISONED,,`);
    const p = await preview(text);

    await expect(
      commitImport(contributor, { csvText: text, fileHash: p.fileHash, decisions: createAll(p) }),
    ).rejects.toThrow(ForbiddenError);
    expect(await prisma.prisoner.findUnique({ where: { slug: `${P}forged` } })).toBeNull();
  });
});
