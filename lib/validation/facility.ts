import { z } from "zod";
import { FacilityKind } from "@/lib/generated/prisma/enums";
import { letterArrivalSchema, lettersCheckedOnSchema } from "@/lib/validation/letter-arrival";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import {
  CONTENT_NAME_MAX,
  CONTENT_TEXT_MAX,
  optionalLineSchema,
  requiredCountryCodeSchema,
  slugSchema,
} from "@/lib/validation/reference-item";

export const FACILITY_KINDS = Object.values(FacilityKind);

/** A place of detention, with the address people write letters to. */
export const facilitySchema = z.object({
  slug: slugSchema,
  name: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX }),
  kind: z.enum(FACILITY_KINDS, { error: "kindInvalid" }),
  countryCode: requiredCountryCodeSchema,
  region: localizedTextInputSchema({ max: CONTENT_NAME_MAX }),
  postalAddress: optionalLineSchema(CONTENT_TEXT_MAX),
  addressNotes: localizedTextInputSchema({ max: CONTENT_TEXT_MAX }),
  lettersArrive: letterArrivalSchema,
  lettersCheckedOn: lettersCheckedOnSchema,
});
