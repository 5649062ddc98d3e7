import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import {
  CONTENT_NAME_MAX,
  CONTENT_TEXT_MAX,
  itemVersionSchema,
} from "@/lib/validation/reference-item";

/**
 * A notable signatory of a letter (a member of parliament, a laureate ...), proposed by staff.
 * The form carries no verification: a signatory is public only once an editor verifies it with
 * its own action (signatoryVerificationSchema), so a contributor cannot publish a name by ticking
 * a box or posting a forged field. Error messages are keys of `LetterEditor.errors`.
 */
export const notableSignatorySchema = z.object({
  letterId: z.preprocess(
    (value) => value ?? "",
    z.string().trim().min(1, { error: "letterUnknown" }).max(64),
  ),
  name: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .min(1, { error: "nameRequired" })
      .max(CONTENT_NAME_MAX, { error: "textTooLong" }),
  ),
  office: localizedTextInputSchema({ max: CONTENT_NAME_MAX }),
  countryCode: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : (value ?? null)),
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: "countryFormat" })
      .nullable(),
  ),
  position: z.preprocess(
    (value) => (value === undefined || value === "" ? 0 : value),
    z.coerce.number({ error: "invalidValue" }).int({ error: "invalidValue" }).min(0).max(10_000),
  ),
});

export const notableSignatoryUpdateSchema = notableSignatorySchema.and(itemVersionSchema);

export type NotableSignatoryInput = z.output<typeof notableSignatorySchema>;

/**
 * An editor's verification of a notable signatory (`verified` "true"), or its withdrawal
 * ("false"), on version `expectedVersion`. Verifying needs a note saying how the signature was
 * checked; a withdrawal may say why. Error messages are keys of `Signatories.errors`.
 */
export const signatoryVerificationSchema = itemVersionSchema
  .extend({
    verified: z
      .enum(["true", "false"], { error: "invalidValue" })
      .transform((value) => value === "true"),
    note: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : (value ?? null)),
      z.string().trim().max(CONTENT_TEXT_MAX, { error: "noteTooLong" }).nullable(),
    ),
  })
  .refine((input) => !input.verified || input.note !== null, {
    path: ["note"],
    error: "noteRequired",
  });

export type SignatoryVerificationInput = z.output<typeof signatoryVerificationSchema>;
