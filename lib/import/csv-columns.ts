import { CONTENT_LOCALES } from "@/lib/content-model/localized";
import {
  GENDERS,
  PRISONER_ROLES,
  PRISONER_STATUSES,
  type PrisonerCoreInput,
} from "@/lib/validation/prisoner";

/**
 * The columns of a prisoner import file: one per core field of the shared prisoner schema
 * (lib/validation/prisoner.ts), localised fields as one column per content locale. Headers are
 * snake_case so that spreadsheet users can type them; `path` is the field's form name, which is
 * also the path of the schema's errors, so an error maps back to its column.
 */
export interface ImportColumn {
  header: string;
  path: string;
  required: boolean;
  /** Message key (Import.columns.*) of the column's description in the template help. */
  help: string;
  /** An example value for the downloadable template. */
  example: string;
}

const localized = (
  field: string,
  header: string,
  options: { requiredEnglish?: boolean; example: Record<string, string> },
): ImportColumn[] =>
  CONTENT_LOCALES.map((locale) => ({
    header: `${header}_${locale}`,
    path: `${field}.${locale}`,
    required: Boolean(options.requiredEnglish) && locale === "en",
    help: field,
    example: options.example[locale] ?? "",
  }));

export const IMPORT_COLUMNS: ImportColumn[] = [
  ...localized("name", "name", {
    requiredEnglish: true,
    example: { en: "Mukhtar Dzhakishev", ru: "Мухтар Джакишев" },
  }),
  {
    header: "sort_name",
    path: "sortName",
    required: true,
    help: "sortName",
    example: "Dzhakishev Mukhtar",
  },
  { header: "slug", path: "slug", required: false, help: "slug", example: "mukhtar-dzhakishev" },
  { header: "gender", path: "gender", required: false, help: "gender", example: "MALE" },
  { header: "birth_year", path: "birthYear", required: false, help: "birthYear", example: "1963" },
  { header: "birth_date", path: "birthDate", required: false, help: "birthDate", example: "" },
  {
    header: "citizenships",
    path: "citizenships",
    required: false,
    help: "citizenships",
    example: "KZ",
  },
  {
    header: "country_code",
    path: "countryCode",
    required: true,
    help: "countryCode",
    example: "KZ",
  },
  ...localized("region", "region", { example: { en: "Almaty", ru: "Алматы" } }),
  { header: "roles", path: "roles", required: false, help: "roles", example: "BUSINESSPERSON" },
  ...localized("occupation", "occupation", {
    example: { en: "head of a uranium company", ru: "глава уранодобывающей компании" },
  }),
  { header: "status", path: "status", required: true, help: "status", example: "IMPRISONED" },
  {
    header: "status_since",
    path: "statusSince",
    required: false,
    help: "statusSince",
    example: "2009-05",
  },
  {
    header: "arrested_on",
    path: "arrestedOn",
    required: false,
    help: "arrestedOn",
    example: "2009-05-21",
  },
  ...localized("summary", "summary", {
    example: {
      en: "Former head of Kazatomprom, sentenced to 14 years.",
      ru: "Бывший глава «Казатомпрома», приговорён к 14 годам.",
    },
  }),
];

export const REQUIRED_HEADERS = IMPORT_COLUMNS.filter((column) => column.required).map(
  (column) => column.header,
);

const byPath = new Map(IMPORT_COLUMNS.map((column) => [column.path, column]));
const byHeader = new Map(IMPORT_COLUMNS.map((column) => [column.header, column]));

/** The column of an error path (`name.en` → `name_en`); the first segment for deeper paths. */
export function columnOfPath(path: string): string | null {
  return byPath.get(path)?.header ?? byPath.get(path.split(".")[0]!)?.header ?? null;
}

export function isImportHeader(header: string): boolean {
  return byHeader.has(header);
}

/** A CSV row (header → cell) as the shared schema's input. Unknown headers are ignored. */
export function rowToPrisonerInput(row: Record<string, string>): PrisonerCoreInput {
  const input: Record<string, unknown> = {};
  for (const column of IMPORT_COLUMNS) {
    const value = row[column.header] ?? "";
    const [field, locale] = column.path.split(".") as [string, string | undefined];
    if (locale) {
      const group = (input[field] ??= {}) as Record<string, string>;
      group[locale] = value;
    } else {
      input[field] = value;
    }
  }
  return input as PrisonerCoreInput;
}

/** Allowed values of the enumerated columns, for the template help. */
export const IMPORT_ENUMS = {
  gender: GENDERS,
  roles: PRISONER_ROLES,
  status: PRISONER_STATUSES,
} as const;
