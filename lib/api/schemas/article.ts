import { z } from "zod";
import type { DirectoryChargeGroup } from "@/lib/data/prisoner-directory-filters";
import { resolvedTextSchema, type SameType } from "./common";

/**
 * `GET /api/v1/articles`: the criminal-code articles published prisoners are charged under (and
 * not withheld on them), by code, as the directory's charge filter lists them
 * (DirectoryChargeGroup). An article's `value` is the `charge` filter of /prisoners.
 */
const articleGroupSchema = z
  .strictObject({
    country: z
      .strictObject({
        value: z.string().describe("ISO code in lower case: the `country` filter of /prisoners."),
        label: resolvedTextSchema,
      })
      .describe("The country whose code it is."),
    code: resolvedTextSchema.describe("The code's name."),
    articles: z
      .array(
        z.strictObject({
          value: z.string().describe("The article's id: the `charge` filter of /prisoners."),
          article: z.string().describe("As written in the code: 274, 205.2."),
          part: z.string().describe("Part of the article, empty when the whole article."),
          title: resolvedTextSchema,
        }),
      )
      .describe("The code's articles that published profiles cite, in the code's order."),
  })
  .meta({ id: "CriminalCode" });

export const articleListSchema = z
  .strictObject({
    items: z.array(articleGroupSchema).describe("One entry per criminal code, with its articles."),
  })
  .meta({ id: "CriminalCodeList" });

true satisfies SameType<z.output<typeof articleGroupSchema>, DirectoryChargeGroup>;
