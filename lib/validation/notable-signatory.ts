import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import {
  CONTENT_NAME_MAX,
  CONTENT_TEXT_MAX,
  itemVersionSchema,
} from "@/lib/validation/reference-item";

/**
 * A notable signatory of a letter (a member of parliament, a laureate ...), entered by staff and
 * marked verified once staff confirmed that the person really signed. Error messages are keys of
 * `LetterEditor.errors`.
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
  verificationNote: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : (value ?? null)),
    z.string().trim().max(CONTENT_TEXT_MAX, { error: "textTooLong" }).nullable(),
  ),
  /** Ticked: staff confirm now that the person signed (stamped with who and when). */
  verified: z.preprocess((value) => value === "on" || value === true, z.boolean()),
});

export const notableSignatoryUpdateSchema = notableSignatorySchema.and(itemVersionSchema);

export type NotableSignatoryInput = z.output<typeof notableSignatorySchema>;
