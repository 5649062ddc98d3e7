import { z } from "zod";
import { OrganisationKind } from "@/lib/generated/prisma/enums";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { CONTENT_NAME_MAX, slugSchema } from "@/lib/validation/reference-item";

export const ORGANISATION_KINDS = Object.values(OrganisationKind);

/** An organisation that recognises political prisoners: name, kind and website. */
export const organisationSchema = z.object({
  slug: slugSchema,
  name: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX }),
  kind: z.enum(ORGANISATION_KINDS, { error: "kindInvalid" }),
  url: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z
      .string()
      .trim()
      .max(500, { error: "textTooLong" })
      .pipe(z.url({ protocol: /^https?$/, error: "urlInvalid" }))
      .nullable()
      .default(null),
  ),
});
