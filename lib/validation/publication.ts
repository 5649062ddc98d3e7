import { z } from "zod";
import { PublicationType } from "@/lib/generated/prisma/enums";
import { localizedRichTextInputSchema, localizedTextInputSchema } from "@/lib/validation/localized";
import { optionalDaySchema } from "@/lib/validation/partial-date";
import { idListSchema, optionalIdSchema, rowsSchema } from "@/lib/validation/prisoner-rows";
import {
  CONTENT_NAME_MAX,
  CONTENT_TEXT_MAX,
  itemVersionSchema,
  slugSchema,
} from "@/lib/validation/reference-item";

export const PUBLICATION_TYPES = Object.values(PublicationType);

/** A PDF (or other file) attached to a publication, in the order the form lists them. */
const attachmentRowSchema = z.object({
  /** The attachment's own id when it already exists; new rows have none. */
  id: optionalIdSchema,
  assetId: z.preprocess(
    (value) => value ?? "",
    z.string().trim().min(1, { error: "attachmentUnknown" }).max(64),
  ),
  title: localizedTextInputSchema({ max: CONTENT_NAME_MAX }),
});

/**
 * A news item, report or statement: the form's fields (the workflow state moves separately).
 * Countries are codes, prisoners and files are ids; that they exist is checked by the action,
 * next to the data, and reported on the field.
 */
export const publicationSchema = z.object({
  type: z.enum(PUBLICATION_TYPES, { error: "typeInvalid" }),
  slug: slugSchema,
  title: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX * 2 }),
  summary: localizedTextInputSchema({ max: CONTENT_TEXT_MAX }),
  body: localizedRichTextInputSchema(),
  publishedOn: optionalDaySchema(),
  countryCodes: z.preprocess(
    (value) => (value === null || value === undefined || value === "" ? [] : value),
    idListSchema.pipe(
      z.array(
        z
          .string()
          .toUpperCase()
          .regex(/^[A-Z]{2}$/, { error: "countryFormat" }),
      ),
    ),
  ),
  prisonerIds: idListSchema,
  coverImageId: optionalIdSchema,
  /** Null for spare and removed rows, so that error paths keep the form's row numbers. */
  attachments: rowsSchema(attachmentRowSchema),
});

export const publicationUpdateSchema = publicationSchema.and(itemVersionSchema);

export type PublicationInput = z.output<typeof publicationSchema>;

export type PublicationAttachmentInput = NonNullable<PublicationInput["attachments"][number]>;
