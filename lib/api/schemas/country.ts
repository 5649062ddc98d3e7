import { z } from "zod";
import type { CountrySummaryDto } from "@/lib/data/countries";
import { resolvedTextSchema, type SameType } from "./common";

/** `GET /api/v1/countries`: the countries page's list (CountrySummaryDto). */

export const countrySummarySchema = z
  .strictObject({
    code: z
      .string()
      .describe("ISO 3166-1 alpha-2, upper case; the `country` filter of /prisoners."),
    name: resolvedTextSchema,
    documented: z.number().int().min(0).describe("Published profiles whose country is shown."),
    detained: z.number().int().min(0).describe("Of those, deprived of liberty now."),
  })
  .meta({ id: "Country" });

export const countryListSchema = z
  .strictObject({
    items: z.array(countrySummarySchema).describe("Every country with a published profile."),
  })
  .meta({ id: "CountryList" });

true satisfies SameType<z.output<typeof countrySummarySchema>, CountrySummaryDto>;
