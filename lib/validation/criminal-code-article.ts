import { z } from "zod";
import { localizedTextInputSchema } from "@/lib/validation/localized";
import { CONTENT_NAME_MAX, requiredCountryCodeSchema } from "@/lib/validation/reference-item";

/** How articles and parts are numbered in the codes we document: "274", "205.2", "361-1", "2 (b)". */
export const ARTICLE_NUMBER_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.\-()/ ]*$/;

/**
 * An article (and optionally a part) of a state's criminal code. Country, code, article and part
 * together are its natural key: the action reports a second article with the same key on the
 * article's field.
 */
export const criminalCodeArticleSchema = z.object({
  countryCode: requiredCountryCodeSchema,
  code: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .min(1, { error: "codeRequired", abort: true })
      .max(CONTENT_NAME_MAX, { error: "textTooLong" }),
  ),
  codeName: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX }),
  article: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .min(1, { error: "articleRequired", abort: true })
      .max(40, { error: "textTooLong", abort: true })
      .regex(ARTICLE_NUMBER_PATTERN, { error: "articleFormat" }),
  ),
  part: z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .max(40, { error: "textTooLong", abort: true })
      .refine((part) => part === "" || ARTICLE_NUMBER_PATTERN.test(part), {
        error: "articleFormat",
      }),
  ),
  title: localizedTextInputSchema({ required: true, max: CONTENT_NAME_MAX * 2 }),
});
