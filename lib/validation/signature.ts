import { z } from "zod";
import { isSignerCountryCode } from "@/lib/signing/countries";
import { routing } from "@/lib/i18n/routing";
import { formText } from "@/lib/validation/form-text";

/**
 * Signing a petition: what the public form sends, shared by the form (limits, field names), the
 * route handler (app/api/letters/[slug]/signatures) and the tests.
 *
 * Error codes are per field and map to the "Signing.errors.<field>.<code>" messages, so each
 * problem gets its own sentence in each language.
 */

export const SIGNATURE_LIMITS = {
  name: 120,
  email: 254,
  city: 100,
  organisation: 160,
  title: 120,
} as const;

/** The hidden honeypot field: invisible, skipped by the keyboard, filled only by robots. */
export const SIGNATURE_HONEYPOT_FIELD = "website";

/**
 * Milliseconds between the form appearing and its submission, set by the form's script when it
 * is sent. Absent without JavaScript (then the fill time is simply not judged).
 */
export const SIGNATURE_ELAPSED_FIELD = "elapsed";

/** Faster than this, no person has read the consent text and typed a name and an address. */
export const MINIMUM_FILL_MILLISECONDS = 3000;

/** Identifies the consent wording the signer accepted (Signature.consentTextVersion). */
export const CONSENT_TEXT_VERSION = "2026-11-signing-consent-v1";

export const SIGNATURE_FIELDS = [
  "name",
  "email",
  "country",
  "city",
  "organisation",
  "title",
  "visibility",
  "consent",
] as const;
export type SignatureField = (typeof SIGNATURE_FIELDS)[number];

export const SIGNATURE_VISIBILITIES = ["PUBLIC", "DELIVERY_ONLY", "COUNT_ONLY"] as const;
export type SignatureVisibilityChoice = (typeof SIGNATURE_VISIBILITIES)[number];

export type SignatureErrorCode =
  "required" | "tooLong" | "controlCharacters" | "markup" | "invalid" | "unknown";

/** The error codes each field can have (the messages file has exactly these). */
export type SignatureFieldErrors = {
  name?: "required" | "tooLong" | "controlCharacters" | "markup";
  email?: "required" | "tooLong" | "controlCharacters" | "invalid";
  country?: "required" | "unknown";
  city?: "tooLong" | "controlCharacters" | "markup";
  organisation?: "tooLong" | "controlCharacters" | "markup";
  title?: "tooLong" | "controlCharacters" | "markup";
  visibility?: "required";
  consent?: "required";
};

/** What the signer typed, echoed back so that a form with errors keeps it (with or without JS). */
export interface SignatureValues {
  name: string;
  email: string;
  country: string;
  city: string;
  organisation: string;
  title: string;
  visibility: string;
  consent: boolean;
  /** "Tell me what happens to this letter" (unticked unless the signer ticks it). */
  notifyOutcome?: boolean;
}

export const emptySignatureValues: SignatureValues = {
  name: "",
  email: "",
  country: "",
  city: "",
  organisation: "",
  title: "",
  visibility: "",
  consent: false,
};

// C0 and C1 control characters (tabs and line breaks included: every field is one line) and the
// bidirectional overrides and isolates that can make a name display as something else.
const CONTROL_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
// Names are shown on the letter page and in the delivered letter: no markup, not even escaped.
const MARKUP = /[<>]/;

function freeText(max: number, required: boolean) {
  const base = z
    .string()
    .trim()
    .refine((value) => !CONTROL_CHARACTERS.test(value), { error: "controlCharacters", abort: true })
    .refine((value) => !MARKUP.test(value), { error: "markup", abort: true })
    .refine((value) => value.length <= max, { error: "tooLong", abort: true });
  return required
    ? base.refine((value) => value.length > 0, { error: "required" })
    : base.transform((value) => (value === "" ? null : value));
}

export const signatureSchema = z.object({
  name: z
    .string()
    .trim()
    .refine((value) => value.length > 0, { error: "required", abort: true })
    .refine((value) => !CONTROL_CHARACTERS.test(value), { error: "controlCharacters", abort: true })
    .refine((value) => !MARKUP.test(value), { error: "markup", abort: true })
    .refine((value) => value.length <= SIGNATURE_LIMITS.name, { error: "tooLong" }),
  email: z
    .string()
    .trim()
    .refine((value) => value.length > 0, { error: "required", abort: true })
    .refine((value) => !CONTROL_CHARACTERS.test(value), { error: "controlCharacters", abort: true })
    .refine((value) => value.length <= SIGNATURE_LIMITS.email, { error: "tooLong", abort: true })
    .pipe(z.email({ error: "invalid" })),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => value.length > 0, { error: "required", abort: true })
    .refine(isSignerCountryCode, { error: "unknown" }),
  city: freeText(SIGNATURE_LIMITS.city, false),
  organisation: freeText(SIGNATURE_LIMITS.organisation, false),
  title: freeText(SIGNATURE_LIMITS.title, false),
  visibility: z.enum(SIGNATURE_VISIBILITIES, { error: "required" }),
  consent: z.literal(true, { error: "required" }),
  /** One e-mail when the letter is delivered or answered (lib/letter-answers); off by default. */
  notifyOutcome: z.boolean().default(false),
  locale: z.enum(routing.locales),
  /** The LetterVersion the signer read (a hidden field). */
  letterVersionId: z.string().trim().min(1).max(64),
});

export type SignatureInput = z.infer<typeof signatureSchema>;

export type ParsedSignatureForm =
  | {
      success: true;
      data: SignatureInput;
      values: SignatureValues;
      honeypotFilled: boolean;
      elapsedMs: number | null;
    }
  | {
      success: false;
      errors: SignatureFieldErrors;
      values: SignatureValues;
      /** The hidden fields were wrong (a tampered or outdated form): no field to point at. */
      formTampered: boolean;
      honeypotFilled: boolean;
    };

function readElapsed(raw: string): number | null {
  if (!/^\d{1,9}$/.test(raw)) return null;
  return Number(raw);
}

/** The values a form shows again: long input is cut so that the echo stays small. */
function echoValues(formData: FormData): SignatureValues {
  const clip = (name: string, max: number) => formText(formData, name).slice(0, max + 50);
  return {
    name: clip("name", SIGNATURE_LIMITS.name),
    email: clip("email", SIGNATURE_LIMITS.email),
    country: clip("country", 2),
    city: clip("city", SIGNATURE_LIMITS.city),
    organisation: clip("organisation", SIGNATURE_LIMITS.organisation),
    title: clip("title", SIGNATURE_LIMITS.title),
    visibility: clip("visibility", 20),
    consent: formText(formData, "consent") !== "",
    notifyOutcome: formText(formData, "notifyOutcome") !== "",
  };
}

const visibleFields = new Set<string>(SIGNATURE_FIELDS);

/**
 * Reads and validates the submitted form. Field errors are the first problem of each visible
 * field, as a code.
 */
export function parseSignatureForm(formData: FormData): ParsedSignatureForm {
  const values = echoValues(formData);
  const honeypotFilled = formText(formData, SIGNATURE_HONEYPOT_FIELD).trim() !== "";
  const parsed = signatureSchema.safeParse({
    name: formText(formData, "name"),
    email: formText(formData, "email"),
    country: formText(formData, "country"),
    city: formText(formData, "city"),
    organisation: formText(formData, "organisation"),
    title: formText(formData, "title"),
    visibility: formText(formData, "visibility"),
    consent: values.consent,
    notifyOutcome: values.notifyOutcome === true,
    locale: formText(formData, "locale"),
    letterVersionId: formText(formData, "letterVersionId"),
  });
  if (parsed.success) {
    return {
      success: true,
      data: parsed.data,
      values,
      honeypotFilled,
      elapsedMs: readElapsed(formText(formData, SIGNATURE_ELAPSED_FIELD)),
    };
  }
  const errors: Record<string, string> = {};
  let formTampered = false;
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0]);
    if (!visibleFields.has(name)) {
      formTampered = true;
      continue;
    }
    errors[name] ??= issue.message;
  }
  return {
    success: false,
    errors: errors as SignatureFieldErrors,
    values,
    formTampered,
    honeypotFilled,
  };
}
