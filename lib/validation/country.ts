import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import {
  CONTENT_NAME_MAX,
  CONTENT_TEXT_MAX,
  requiredCountryCodeSchema,
  slugSchema,
} from "@/lib/validation/reference-item";

/** The editable fields of a country; its code is the key and is set once, on creation. */
export const countryFieldsSchema = z.object({
  slug: slugSchema,
  name: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX }),
  /** What to know before writing to someone held there (issue 19), per language. */
  letterRules: localizedTextInputSchema({ max: CONTENT_TEXT_MAX }),
});

export const countryCreateSchema = countryFieldsSchema.extend({ code: requiredCountryCodeSchema });
