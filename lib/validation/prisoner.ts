import { z } from "zod";
import type { LocalizedText } from "@/lib/content-model/localized";
import {
  Gender,
  PrisonerRole,
  PrisonerStatus,
  type DatePrecision,
} from "@/lib/generated/prisma/enums";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { alongsideFieldErrors } from "@/lib/validation/prisoner-rows";
import {
  isCertainlyAfter,
  isPartialDate,
  optionalPartialDateSchema,
  type PartialDate,
} from "@/lib/validation/partial-date";

/**
 * The core fields of a prisoner profile (the Prisoner row without its child rows): one schema
 * shared by the dashboard's "Basics" form, its server action and the CSV importer.
 *
 * Input is what a form or a CSV row holds: strings (and string lists), localised fields as
 * `{ en?, ru? }`, dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (see partial-date.ts). Lists
 * (citizenships, roles) may be arrays or one string separated by commas, semicolons or "|".
 * Output is typed and normalised, ready for `prisonerCoreColumns`.
 *
 * Error messages are message keys of the `EditorForm.errors` namespace
 * (lib/i18n/messages/features/editor.*.json): translate with `t(\`EditorForm.errors.${code}\`)`.
 * Each issue's path is the field's form name (`name.en`, `birthDate`, `countryCode`).
 *
 * What this schema cannot know is checked where the data is: that the country exists (a
 * foreign key; the form offers a select of existing countries) and that the slug is free (a
 * unique index, reported as `slugTaken`).
 */

export const PRISONER_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PRISONER_TEXT_MAX = 200;
export const PRISONER_SUMMARY_MAX = 1000;
/** Nobody documented here was born before this year; catches typos like "197". */
export const PRISONER_BIRTH_YEAR_MIN = 1900;

export const GENDERS = Object.values(Gender);
export const PRISONER_ROLES = Object.values(PrisonerRole);
export const PRISONER_STATUSES = Object.values(PrisonerStatus);

/** Every error code the prisoner schemas produce (keys of `EditorForm.errors`). */
export type PrisonerErrorCode =
  | "englishRequired"
  | "textTooLong"
  | "richTextInvalid"
  | "sortNameRequired"
  | "slugRequired"
  | "slugFormat"
  | "slugTaken"
  | "genderInvalid"
  | "birthYearInvalid"
  | "birthYearMismatch"
  | "countryRequired"
  | "countryInvalid"
  | "citizenshipInvalid"
  | "roleInvalid"
  | "statusRequired"
  | "statusInvalid"
  | "dateInvalid"
  | "dateRequired"
  | "dayRequired"
  | "dateInFuture"
  | "arrestBeforeBirth"
  | "statusSinceBeforeBirth"
  /** A value of the wrong shape (a tampered form, a malformed cell). */
  | "invalidValue";

/** A blank cell or an unselected option means "not given". */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/** A list given as an array (checkboxes, multi-select) or one separated string (a CSV cell). */
function toList(value: unknown): unknown {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value)
    ? value
    : typeof value === "string"
      ? value.split(/[,;|]/)
      : value;
  if (!Array.isArray(items)) return items;
  return items
    .map((item) => (typeof item === "string" ? item.trim() : item))
    .filter((item) => item !== "");
}

const countryCodeSchema = (error: PrisonerErrorCode) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error });

const birthYearSchema = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "birthYearInvalid" })
    .int({ error: "birthYearInvalid" })
    .min(PRISONER_BIRTH_YEAR_MIN, { error: "birthYearInvalid" })
    .refine((year) => year <= new Date().getUTCFullYear(), { error: "birthYearInvalid" })
    .optional(),
);

export const prisonerCoreObjectSchema = z.object({
  name: localizedTextInputSchema({ required: true, max: PRISONER_TEXT_MAX }),
  sortName: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .min(1, { error: "sortNameRequired" })
      .max(PRISONER_TEXT_MAX, { error: "textTooLong" }),
  ),
  slug: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .min(1, { error: "slugRequired", abort: true })
      .max(PRISONER_TEXT_MAX, { error: "textTooLong", abort: true })
      .regex(PRISONER_SLUG_PATTERN, { error: "slugFormat" }),
  ),
  gender: z.preprocess(blankToUndefined, z.enum(GENDERS, { error: "genderInvalid" }).optional()),
  birthYear: birthYearSchema,
  birthDate: optionalPartialDateSchema({ notInFuture: true }),
  citizenships: z.preprocess(
    toList,
    z.array(countryCodeSchema("citizenshipInvalid"), { error: "citizenshipInvalid" }),
  ),
  countryCode: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .min(1, { error: "countryRequired", abort: true })
      .pipe(countryCodeSchema("countryInvalid")),
  ),
  region: localizedTextInputSchema({ max: PRISONER_TEXT_MAX }),
  roles: z.preprocess(
    toList,
    z.array(z.enum(PRISONER_ROLES, { error: "roleInvalid" }), { error: "roleInvalid" }),
  ),
  occupation: localizedTextInputSchema({ max: PRISONER_TEXT_MAX }),
  status: z.preprocess(
    (value) => blankToUndefined(value) ?? "",
    z
      .string()
      .min(1, { error: "statusRequired", abort: true })
      .pipe(z.enum(PRISONER_STATUSES, { error: "statusInvalid" })),
  ),
  statusSince: optionalPartialDateSchema({ notInFuture: true }),
  arrestedOn: optionalPartialDateSchema({ notInFuture: true }),
  summary: localizedTextInputSchema({ max: PRISONER_SUMMARY_MAX }),
});

/**
 * Rules between fields: a birth date agrees with the birth year, and nothing happens to a person
 * before they were born. Partial dates compare as ranges ("2018" is not before "March 2018").
 */
export const prisonerCoreSchema = prisonerCoreObjectSchema.check(
  z.superRefine(checkPrisonerCoreDates, alongsideFieldErrors),
);

/** The cross-field rules of the core fields, for schemas that extend the core object. */
export function checkPrisonerCoreDates(
  value: Pick<
    z.output<typeof prisonerCoreObjectSchema>,
    "birthDate" | "birthYear" | "arrestedOn" | "statusSince"
  >,
  context: z.RefinementCtx,
): void {
  // Runs beside failed fields (see alongsideFieldErrors): read only values that parsed.
  const birthDate = isPartialDate(value.birthDate) ? value.birthDate : null;
  const arrestedOn = isPartialDate(value.arrestedOn) ? value.arrestedOn : null;
  const statusSince = isPartialDate(value.statusSince) ? value.statusSince : null;
  const birthYear = typeof value.birthYear === "number" ? value.birthYear : undefined;
  if (birthDate && birthYear !== undefined && birthDate.date.getUTCFullYear() !== birthYear) {
    context.addIssue({ code: "custom", message: "birthYearMismatch", path: ["birthYear"] });
  }
  const birth: PartialDate | null =
    birthDate ??
    (birthYear !== undefined
      ? { date: new Date(Date.UTC(birthYear, 0, 1)), precision: "YEAR" }
      : null);
  if (!birth) return;
  if (arrestedOn && isCertainlyAfter(birth, arrestedOn)) {
    context.addIssue({ code: "custom", message: "arrestBeforeBirth", path: ["arrestedOn"] });
  }
  if (statusSince && isCertainlyAfter(birth, statusSince)) {
    context.addIssue({
      code: "custom",
      message: "statusSinceBeforeBirth",
      path: ["statusSince"],
    });
  }
}

/** What prisonerCoreSchema accepts (form values or a CSV row mapped to field names). */
export type PrisonerCoreInput = z.input<typeof prisonerCoreSchema>;
export type PrisonerCore = z.output<typeof prisonerCoreSchema>;
export type PrisonerCoreField = keyof PrisonerCore;

/** The Prisoner columns a valid PrisonerCore sets (for `prisoner.create` / `prisoner.update`). */
export interface PrisonerCoreColumns {
  name: LocalizedText;
  sortName: string;
  slug: string;
  gender: Gender | null;
  birthYear: number | null;
  birthDate: Date | null;
  citizenships: string[];
  countryCode: string;
  region: LocalizedText | null;
  roles: PrisonerRole[];
  occupation: LocalizedText | null;
  status: PrisonerStatus;
  statusSince: Date | null;
  statusSincePrecision: DatePrecision;
  arrestedOn: Date | null;
  arrestedOnPrecision: DatePrecision;
  summary: LocalizedText;
}

function nullIfEmpty(value: LocalizedText): LocalizedText | null {
  return Object.keys(value).length > 0 ? value : null;
}

/**
 * Maps validated core fields to Prisoner columns. A birth date keeps day precision only (the
 * model has no precision column for it): a partial birth date becomes the birth year.
 */
export function prisonerCoreColumns(core: PrisonerCore): PrisonerCoreColumns {
  const fullBirthDate = core.birthDate?.precision === "DAY" ? core.birthDate.date : null;
  return {
    name: core.name,
    sortName: core.sortName,
    slug: core.slug,
    gender: core.gender ?? null,
    birthYear: core.birthYear ?? core.birthDate?.date.getUTCFullYear() ?? null,
    birthDate: fullBirthDate,
    citizenships: [...new Set(core.citizenships)],
    countryCode: core.countryCode,
    region: nullIfEmpty(core.region),
    roles: [...new Set(core.roles)],
    occupation: nullIfEmpty(core.occupation),
    status: core.status,
    statusSince: core.statusSince?.date ?? null,
    statusSincePrecision: core.statusSince?.precision ?? "DAY",
    arrestedOn: core.arrestedOn?.date ?? null,
    arrestedOnPrecision: core.arrestedOn?.precision ?? "DAY",
    summary: core.summary,
  };
}

const PRISONER_ERROR_CODES = new Set<string>([
  "englishRequired",
  "textTooLong",
  "richTextInvalid",
  "sortNameRequired",
  "slugRequired",
  "slugFormat",
  "slugTaken",
  "genderInvalid",
  "birthYearInvalid",
  "birthYearMismatch",
  "countryRequired",
  "countryInvalid",
  "citizenshipInvalid",
  "roleInvalid",
  "statusRequired",
  "statusInvalid",
  "dateInvalid",
  "dateRequired",
  "dayRequired",
  "dateInFuture",
  "arrestBeforeBirth",
  "statusSinceBeforeBirth",
  "invalidValue",
] satisfies PrisonerErrorCode[]);

/** Field errors as form names → first error code, e.g. `{ "name.en": "englishRequired" }`. */
export type PrisonerFieldErrors = Record<string, PrisonerErrorCode>;

/** The first error code per field path (dot-joined), for forms and per-column importer errors. */
export function prisonerFieldErrors(error: z.ZodError): PrisonerFieldErrors {
  const errors: PrisonerFieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (path in errors) continue;
    errors[path] = PRISONER_ERROR_CODES.has(issue.message)
      ? (issue.message as PrisonerErrorCode)
      : "invalidValue";
  }
  return errors;
}
