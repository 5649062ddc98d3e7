import { z } from "zod";
import { routing } from "@/lib/i18n/routing";
import { formText } from "@/lib/validation/form-text";

/**
 * "Report an inaccuracy" on a prisoner profile: what a member of the public may send, shared by
 * the form (limits, field names), the server action and the integration tests.
 *
 * Error messages are message keys of the "ProfileReport.errors" namespace, so each locale gets
 * its own specific text (see lib/i18n/messages/features/profile.*.json).
 */

export const REPORT_MESSAGE_MIN_LENGTH = 10;
export const REPORT_MESSAGE_MAX_LENGTH = 2000;
export const REPORT_CONTACT_MAX_LENGTH = 200;
export const REPORT_SOURCE_URL_MAX_LENGTH = 2048;

/**
 * The honeypot: a field people never see or fill (it is visually hidden, labelled "Leave this
 * empty" and skipped by the keyboard) and that form-filling robots usually do.
 */
export const REPORT_HONEYPOT_FIELD = "website";

export const REPORT_FIELDS = ["message", "sourceUrl", "contact"] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export type ReportErrorCode =
  | "messageRequired"
  | "messageTooShort"
  | "messageTooLong"
  | "sourceUrlInvalid"
  | "sourceUrlTooLong"
  | "contactTooLong";

/** What the user typed, echoed back so that a form with errors keeps it (with or without JS). */
export type ReportValues = Record<ReportField, string>;

export type ReportFieldErrors = Partial<Record<ReportField, ReportErrorCode>>;

// An empty optional field is "not given", not an invalid value.
const optionalText = (schema: z.ZodType<string>) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );

/**
 * C0 control characters and DEL other than tab and line breaks: nothing a person types, and NUL
 * cannot be stored in PostgreSQL text at all (a report holding one was a 500, found by
 * tests/integration/fuzz-report-inaccuracy.test.ts). Dropped rather than refused: they are
 * invisible, so an error about them could not be acted on.
 */
const withoutControlCharacters = (value: string) =>
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

export const inaccuracyReportSchema = z.object({
  /** Slug of the profile the report is about (a hidden field of the form). */
  prisoner: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(200),
  locale: z.enum(routing.locales),
  message: z
    .string({ error: "messageRequired" })
    .overwrite(withoutControlCharacters)
    .trim()
    .min(1, { error: "messageRequired" })
    .min(REPORT_MESSAGE_MIN_LENGTH, { error: "messageTooShort" })
    .max(REPORT_MESSAGE_MAX_LENGTH, { error: "messageTooLong" }),
  sourceUrl: optionalText(
    z
      .string()
      .trim()
      .max(REPORT_SOURCE_URL_MAX_LENGTH, { error: "sourceUrlTooLong", abort: true })
      .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "sourceUrlInvalid" })),
  ),
  contact: optionalText(
    z
      .string()
      .overwrite(withoutControlCharacters)
      .trim()
      .max(REPORT_CONTACT_MAX_LENGTH, { error: "contactTooLong" }),
  ),
});

export type InaccuracyReportInput = z.infer<typeof inaccuracyReportSchema>;

export type ParsedInaccuracyReport =
  | { success: true; data: InaccuracyReportInput; honeypotFilled: boolean }
  | { success: false; errors: ReportFieldErrors; values: ReportValues; honeypotFilled: boolean };

const errorCodes = new Set<string>([
  "messageRequired",
  "messageTooShort",
  "messageTooLong",
  "sourceUrlInvalid",
  "sourceUrlTooLong",
  "contactTooLong",
] satisfies ReportErrorCode[]);

function isReportErrorCode(value: string): value is ReportErrorCode {
  return errorCodes.has(value);
}

/**
 * Reads and validates the submitted form. Field errors are the first problem of each visible
 * field, as a message key. A failure without field errors means the hidden fields were wrong (a
 * tampered or outdated form); the action answers it with its "failed" state.
 */
export function parseInaccuracyReportForm(formData: FormData): ParsedInaccuracyReport {
  const values: ReportValues = {
    message: formText(formData, "message"),
    sourceUrl: formText(formData, "sourceUrl"),
    contact: formText(formData, "contact"),
  };
  const honeypotFilled = formText(formData, REPORT_HONEYPOT_FIELD).trim() !== "";
  const parsed = inaccuracyReportSchema.safeParse({
    ...values,
    prisoner: formText(formData, "prisoner"),
    locale: formText(formData, "locale"),
  });
  if (parsed.success) return { success: true, data: parsed.data, honeypotFilled };

  const errors: ReportFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path[0];
    if (name !== "message" && name !== "sourceUrl" && name !== "contact") continue;
    if (errors[name]) continue;
    errors[name] = isReportErrorCode(issue.message)
      ? issue.message
      : name === "message"
        ? "messageRequired"
        : name === "sourceUrl"
          ? "sourceUrlInvalid"
          : "contactTooLong";
  }
  return { success: false, errors, values, honeypotFilled };
}

/**
 * The state of the report form after a submission, as the server action returns it and the form
 * renders it. `values` are echoed back only when the form is shown again with a problem.
 */
export type InaccuracyReportFormState =
  | { status: "idle" }
  | { status: "invalid"; errors: ReportFieldErrors; values: ReportValues }
  | { status: "rate-limited"; values: ReportValues }
  | { status: "failed"; values: ReportValues }
  /** The database could not be reached: nothing was stored; the form keeps what was typed. */
  | { status: "unavailable"; values: ReportValues }
  | { status: "sent" };
