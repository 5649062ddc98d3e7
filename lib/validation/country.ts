import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import {
  CONTENT_NAME_MAX,
  itemVersionSchema,
  requiredCountryCodeSchema,
  slugSchema,
} from "@/lib/validation/reference-item";

/** The editable fields of a country; its code is the key and is set once, on creation. */
export const countryFieldsSchema = z.object({
  slug: slugSchema,
  name: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX }),
});

export const countryCreateSchema = countryFieldsSchema.extend({ code: requiredCountryCodeSchema });

/** Countries are keyed by code: the hidden `id` of the edit form is the code. */
export const countryUpdateSchema = countryFieldsSchema.and(itemVersionSchema);

export type CountryFields = z.output<typeof countryFieldsSchema>;
export type CountryCreateInput = z.output<typeof countryCreateSchema>;
