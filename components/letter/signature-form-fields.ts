import type { getTranslations } from "next-intl/server";
import type { SignatureFieldErrors } from "@/lib/validation/signature";

/** The ids of the sign form's fields, which the error summary links to. */
export const SIGNATURE_FIELD_IDS = {
  name: "sign-name",
  email: "sign-email",
  country: "sign-country",
  city: "sign-city",
  organisation: "sign-organisation",
  title: "sign-title",
  visibility: "sign-visibility-PUBLIC",
  consent: "sign-consent",
} as const;

export const SIGNATURE_ERROR_SUMMARY_ID = "sign-problems";

/** A field's error message in the page language, or undefined when the field has none. */
export type SignatureErrorText = (field: keyof SignatureFieldErrors) => string | undefined;

/**
 * The form's translators, handed to its parts: they render synchronously, so that the form can
 * also be rendered to static markup (tests/unit/fuzz-signature-form.test.ts).
 */
export type SigningTranslator = Awaited<ReturnType<typeof getTranslations<"Signing">>>;
export type OutageTranslator = Awaited<ReturnType<typeof getTranslations<"Outage">>>;
