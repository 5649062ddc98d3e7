import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { CONTENT_NAME_MAX, slugSchema } from "@/lib/validation/reference-item";

/** A tag on prisoner profiles: its address segment and its name in every language. */
export const tagSchema = z.object({
  slug: slugSchema,
  name: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX }),
});
