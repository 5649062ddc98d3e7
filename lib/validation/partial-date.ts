import { z } from "zod";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

/**
 * A date of which only part may be known ("2018", "July 2018", "3 July 2018"), written as
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: how the dashboard's date-with-precision field submits it
 * and how a CSV file writes it. It is stored as the first day of the month or year plus a
 * DatePrecision column (see the header of prisma/schema.prisma).
 *
 * Error messages are keys of the `EditorForm.errors` namespace.
 */

export interface PartialDate {
  /** Midnight UTC of the first day the known part covers (a `@db.Date` value). */
  date: Date;
  precision: DatePrecision;
}

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether a value is a parsed partial date (cross-field rules also run beside failed fields). */
export function isPartialDate(value: unknown): value is PartialDate {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as PartialDate).date instanceof Date &&
    typeof (value as PartialDate).precision === "string"
  );
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the text is not such a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE_PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 April over to 1 May: a real date survives the round trip.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const precision: DatePrecision = match[3] ? "DAY" : match[2] ? "MONTH" : "YEAR";
  return { date, precision };
}

/** The text a form shows for a stored partial date: the inverse of parsePartialDate. */
export function formatPartialDate(
  date: Date | null | undefined,
  precision: DatePrecision = "DAY",
): string {
  if (!date) return "";
  const iso = date.toISOString().slice(0, 10);
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso;
}

/** Today's date (UTC) as a partial date of day precision, for "not in the future" checks. */
function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Whether a partial date may lie in the future: its first day is after today. */
export function isPartialDateInFuture(value: PartialDate): boolean {
  return value.date.getTime() > startOfTodayUtc().getTime();
}

/**
 * The last day a partial date may mean ("2018" may be 31 December 2018): comparisons between two
 * partial dates treat them as ranges and complain only when they cannot overlap.
 */
export function partialDateEnd(value: PartialDate): Date {
  const { date, precision } = value;
  if (precision === "DAY") return date;
  if (precision === "MONTH") {
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  }
  return new Date(Date.UTC(date.getUTCFullYear(), 11, 31));
}

/** Whether `earlier` is certainly after `later` (no reading of the two partial dates makes them ordered). */
export function isCertainlyAfter(earlier: PartialDate, later: PartialDate): boolean {
  return earlier.date.getTime() > partialDateEnd(later).getTime();
}

interface PartialDateOptions {
  /** Refuse dates after today (births, arrests, past events). */
  notInFuture?: boolean;
}

/**
 * An optional partial date from a form or a CSV cell: blank → null. Accepts a Date too (an
 * importer that already parsed one), taken with day precision.
 */
export function optionalPartialDateSchema(options: PartialDateOptions = {}) {
  return (
    z
      .union([z.string(), z.date(), z.null()])
      // Optional so that a form or a CSV row may leave the field out altogether.
      .optional()
      .transform((value, context): PartialDate | null => {
        if (value === null || value === undefined) return null;
        if (value instanceof Date) {
          if (Number.isNaN(value.getTime())) {
            context.addIssue({ code: "custom", message: "dateInvalid" });
            return z.NEVER;
          }
          return {
            date: new Date(
              Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()),
            ),
            precision: "DAY",
          };
        }
        if (value.trim() === "") return null;
        const parsed = parsePartialDate(value);
        if (!parsed) {
          context.addIssue({ code: "custom", message: "dateInvalid" });
          return z.NEVER;
        }
        return parsed;
      })
      .superRefine((value, context) => {
        if (value && options.notInFuture && isPartialDateInFuture(value)) {
          context.addIssue({ code: "custom", message: "dateInFuture" });
        }
      })
  );
}

/** A required partial date (an event's date). */
export function requiredPartialDateSchema(options: PartialDateOptions = {}) {
  return optionalPartialDateSchema(options).transform((value, context): PartialDate => {
    if (!value) {
      context.addIssue({ code: "custom", message: "dateRequired" });
      return z.NEVER;
    }
    return value;
  });
}

/** An optional full date (`YYYY-MM-DD`): fields that have no precision column. */
export function optionalDaySchema(options: PartialDateOptions = {}) {
  return optionalPartialDateSchema(options).superRefine((value, context) => {
    if (value && value.precision !== "DAY") {
      context.addIssue({ code: "custom", message: "dayRequired" });
    }
  });
}
