import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import {
  CONTENT_NAME_MAX,
  CONTENT_TEXT_MAX,
  optionalCountryCodeSchema,
  slugSchema,
} from "@/lib/validation/reference-item";

/** A movement, party or outlet prisoners belong to, with the country it is mainly active in. */
export const affiliationSchema = z.object({
  slug: slugSchema,
  name: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX }),
  description: localizedTextInputSchema({ max: CONTENT_TEXT_MAX }),
  countryCode: optionalCountryCodeSchema,
});
