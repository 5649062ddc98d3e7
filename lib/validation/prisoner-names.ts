import { z } from "zod";
import { NameScript, NameVariantKind } from "@/lib/generated/prisma/enums";
import { PRISONER_TEXT_MAX } from "@/lib/validation/prisoner";
import {
  expectedVersionSchema,
  optionalIdSchema,
  rowsSchema,
} from "@/lib/validation/prisoner-rows";

/** The "Names" tab: other spellings of the person's name, used by search and "also known as". */

export const NAME_SCRIPTS = Object.values(NameScript);
export const NAME_VARIANT_KINDS = Object.values(NameVariantKind);

/** BCP 47 primary language (and optional region/script): "ru", "kk", "uk", "sr-Latn". */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const languageTagSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z
    .string()
    .trim()
    .regex(LANGUAGE_TAG_PATTERN, { error: "languageInvalid" })
    .nullable()
    .default(null),
);

export const nameVariantRowSchema = z.object({
  id: optionalIdSchema,
  value: z
    .string({ error: "fieldRequired" })
    .trim()
    .min(1, { error: "fieldRequired" })
    .max(PRISONER_TEXT_MAX, { error: "textTooLong" }),
  script: z.enum(NAME_SCRIPTS, { error: "choiceRequired" }),
  kind: z.enum(NAME_VARIANT_KINDS, { error: "choiceRequired" }),
  lang: languageTagSchema,
});

export const prisonerNamesSchema = z.object({
  id: z.string().min(1),
  expectedVersion: expectedVersionSchema,
  nameVariants: rowsSchema(nameVariantRowSchema, { ignore: ["script", "kind"] }),
});

export type NameVariantRow = z.output<typeof nameVariantRowSchema>;
export type PrisonerNames = z.output<typeof prisonerNamesSchema>;
