import "server-only";
import { createHash } from "node:crypto";
import { CONTENT_LOCALES, parseLocalizedText } from "@/lib/content-model/localized";
import type { Prisma } from "@/lib/generated/prisma/client";
import { columnOfPath, IMPORT_COLUMNS, rowToPrisonerInput } from "@/lib/import/csv-columns";
import type {
  ExistingDuplicate,
  FieldComparison,
  ImportCellError,
  ImportPreview,
  ImportRowPreview,
} from "@/lib/import/import-preview-types";
import {
  findExistingNameMatches,
  nameKeys,
  plainNames,
  takenSlugs,
} from "@/lib/import/name-matching";
import { formatPartialDate } from "@/lib/validation/partial-date";
import {
  prisonerCoreColumns,
  prisonerCoreSchema,
  prisonerFieldErrors,
  type PrisonerCoreColumns,
} from "@/lib/validation/prisoner";

type Db = Pick<Prisma.TransactionClient, "$queryRaw" | "prisoner" | "country">;

/** One data row after validation: what the preview shows and the commit writes. */
export interface CheckedRow {
  preview: ImportRowPreview;
  /** The validated columns; null when the row has errors. */
  columns: PrisonerCoreColumns | null;
  cells: Record<string, string>;
}

/**
 * The dry run of an import: every row validated with the shared prisoner schema (errors per
 * column, as message codes), its profile address worked out, and likely duplicates found among
 * existing profiles and earlier rows of the same file. Reads only; used by the preview and again,
 * inside the writing transaction, by the confirm step.
 */
export async function checkImportRows(
  db: Db,
  csvText: string,
  rows: { line: number; cells: Record<string, string> }[],
): Promise<{ preview: ImportPreview; checked: CheckedRow[] }> {
  const knownCountries = new Set(
    (await db.country.findMany({ select: { code: true } })).map((country) => country.code),
  );

  const checked: CheckedRow[] = rows.map(({ line, cells }, index) => {
    const errors: ImportCellError[] = [];
    const parsed = prisonerCoreSchema.safeParse(rowToPrisonerInput(cells));
    let columns: PrisonerCoreColumns | null = null;
    if (parsed.success) {
      columns = prisonerCoreColumns(parsed.data);
      if (!knownCountries.has(columns.countryCode)) {
        errors.push({ column: "country_code", code: "countryUnknown", source: "import" });
      }
      for (const code of columns.citizenships) {
        if (!knownCountries.has(code)) {
          errors.push({ column: "citizenships", code: "countryUnknown", source: "import" });
          break;
        }
      }
    } else {
      for (const [path, code] of Object.entries(prisonerFieldErrors(parsed.error))) {
        // An empty slug is derived from the name below; the schema's slugRequired does not apply.
        if (path === "slug" && code === "slugRequired") continue;
        errors.push({ column: columnOfPath(path), code, source: "schema" });
      }
      if (errors.length === 0) {
        // Only the slug was missing: validate again with a placeholder to get the columns.
        const again = prisonerCoreSchema.safeParse(
          rowToPrisonerInput({ ...cells, slug: "placeholder" }),
        );
        if (again.success) columns = { ...prisonerCoreColumns(again.data), slug: "" };
      }
    }
    return {
      cells,
      columns: errors.length === 0 ? columns : null,
      preview: {
        index,
        line,
        displayName: cells.name_en || cells.name_ru || "",
        slug: cells.slug ?? "",
        errors,
        existingDuplicates: [],
        duplicateOfLines: [],
      },
    };
  });

  await assignSlugs(db, checked);
  await findDuplicates(db, checked);

  const previews = checked.map((row) => row.preview);
  return {
    checked,
    preview: {
      // Line breaks normalised: a browser posts the text back from the preview form with CRLF.
      fileHash: createHash("sha256").update(csvText.replace(/\r\n?/g, "\n")).digest("hex"),
      rows: previews,
      counts: {
        rows: previews.length,
        invalid: previews.filter((row) => row.errors.length > 0).length,
        duplicates: previews.filter(
          (row) => row.existingDuplicates.length > 0 || row.duplicateOfLines.length > 0,
        ).length,
      },
    },
  };
}

/**
 * A given slug must be free (in the database and in the file); a missing one is made from the
 * English name with the database's transliteration, numbered when taken ("ivan-petrov-2").
 */
async function assignSlugs(db: Db, rows: CheckedRow[]): Promise<void> {
  const needing = rows.filter((row) => row.columns && !row.columns.slug);
  const plains = await plainNames(
    db,
    needing.map((row) => row.columns!.name.en ?? ""),
  );
  needing.forEach((row, index) => {
    const base = plains[index]!.replace(/\s+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80);
    row.preview.slug = base || "prisoner";
  });

  const taken = await takenSlugs(db, [
    ...new Set(rows.filter((row) => row.columns).map((row) => row.preview.slug)),
  ]);
  const usedInFile = new Set<string>();
  for (const row of rows) {
    if (!row.columns) continue;
    if (row.columns.slug) {
      if (taken.has(row.columns.slug)) {
        row.preview.errors.push({ column: "slug", code: "slugTaken", source: "schema" });
      } else if (usedInFile.has(row.columns.slug)) {
        row.preview.errors.push({ column: "slug", code: "slugRepeated", source: "import" });
      }
      usedInFile.add(row.columns.slug);
      continue;
    }
    const base = row.preview.slug;
    let candidate = base;
    for (let n = 2; taken.has(candidate) || usedInFile.has(candidate); n++) {
      candidate = `${base}-${n}`;
    }
    usedInFile.add(candidate);
    row.preview.slug = candidate;
    row.columns.slug = candidate;
  }
  for (const row of rows) if (row.preview.errors.length > 0) row.columns = null;
}

function rowNames(row: CheckedRow): string[] {
  const names = CONTENT_LOCALES.map((locale) => row.cells[`name_${locale}`] ?? "");
  return [...new Set(names.filter((name) => name.trim() !== ""))];
}

function rowBirthYear(row: CheckedRow): number | null {
  if (row.columns) return row.columns.birthYear;
  const year = Number(row.cells.birth_year || (row.cells.birth_date ?? "").slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : null;
}

/** Birth years rule a match out only when both are known and differ. */
function yearsAgree(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

function contains(outer: string[], inner: string[]): boolean {
  return inner.length >= 2 && inner.every((word) => outer.includes(word));
}

async function findDuplicates(db: Db, rows: CheckedRow[]): Promise<void> {
  const names = rows.flatMap((row) =>
    rowNames(row).map((name) => ({ rowIndex: row.preview.index, name })),
  );

  // Against the database.
  const matches = await findExistingNameMatches(db, names);
  const existing = matches.length
    ? await db.prisoner.findMany({
        where: { id: { in: [...new Set(matches.map((match) => match.id))] } },
      })
    : [];
  const byId = new Map(existing.map((prisoner) => [prisoner.id, prisoner]));
  for (const match of matches) {
    const row = rows[match.rowIndex]!;
    const prisoner = byId.get(match.id);
    if (!prisoner) continue;
    const theirYear = prisoner.birthYear ?? prisoner.birthDate?.getUTCFullYear() ?? null;
    if (!yearsAgree(rowBirthYear(row), theirYear)) continue;
    if (row.preview.existingDuplicates.some((duplicate) => duplicate.id === prisoner.id)) continue;
    row.preview.existingDuplicates.push(toExistingDuplicate(prisoner, row));
  }

  // Within the file: a later row whose folded name contains, or is contained in, an earlier one's.
  const keys = await nameKeys(db, names);
  const wordsOf = new Map<number, string[][]>();
  for (const key of keys) {
    const list = wordsOf.get(key.rowIndex) ?? [];
    list.push(key.words);
    wordsOf.set(key.rowIndex, list);
  }
  for (const later of rows) {
    for (const earlier of rows.slice(0, later.preview.index)) {
      const a = wordsOf.get(later.preview.index) ?? [];
      const b = wordsOf.get(earlier.preview.index) ?? [];
      const sameName = a.some((x) => b.some((y) => contains(x, y) || contains(y, x)));
      if (sameName && yearsAgree(rowBirthYear(later), rowBirthYear(earlier))) {
        later.preview.duplicateOfLines.push(earlier.preview.line);
      }
    }
  }
}

type ExistingPrisoner = Awaited<ReturnType<Db["prisoner"]["findMany"]>>[number];

function localizedValue(json: unknown, locale: string): string {
  try {
    return parseLocalizedText(json)[locale as "en"] ?? "";
  } catch {
    return "";
  }
}

/** The existing profile's value of a field, written the way a CSV cell writes it. */
export function existingFieldText(prisoner: ExistingPrisoner, path: string): string {
  const [field, locale] = path.split(".") as [string, string | undefined];
  if (locale) return localizedValue(prisoner[field as "name"], locale);
  switch (field) {
    case "birthDate":
      return prisoner.birthDate ? formatPartialDate(prisoner.birthDate, "DAY") : "";
    case "statusSince":
      return prisoner.statusSince
        ? formatPartialDate(prisoner.statusSince, prisoner.statusSincePrecision)
        : "";
    case "arrestedOn":
      return prisoner.arrestedOn
        ? formatPartialDate(prisoner.arrestedOn, prisoner.arrestedOnPrecision)
        : "";
    case "citizenships":
    case "roles":
      return (prisoner[field] as string[]).join(", ");
    default: {
      const value = prisoner[field as keyof ExistingPrisoner];
      return value === null || value === undefined ? "" : String(value);
    }
  }
}

/** Fields the merge may write: every column but the address (an existing profile keeps its own). */
export const MERGEABLE_PATHS = IMPORT_COLUMNS.map((column) => column.path).filter(
  (path) => path !== "slug",
);

function toExistingDuplicate(prisoner: ExistingPrisoner, row: CheckedRow): ExistingDuplicate {
  const comparisons: FieldComparison[] = [];
  for (const column of IMPORT_COLUMNS) {
    if (column.path === "slug") continue;
    const incoming = (row.cells[column.header] ?? "").trim();
    if (incoming === "") continue;
    const current = existingFieldText(prisoner, column.path);
    if (normalise(current) === normalise(incoming)) continue;
    comparisons.push({ path: column.path, column: column.header, incoming, existing: current });
  }
  return {
    id: prisoner.id,
    slug: prisoner.slug,
    name: localizedValue(prisoner.name, "en") || localizedValue(prisoner.name, "ru"),
    birthYear: prisoner.birthYear ?? prisoner.birthDate?.getUTCFullYear() ?? null,
    state: prisoner.state,
    version: prisoner.version,
    comparisons,
  };
}

function normalise(text: string): string {
  return text
    .split(/[,;|]/)
    .map((part) => part.trim().toUpperCase())
    .sort()
    .join(",");
}
