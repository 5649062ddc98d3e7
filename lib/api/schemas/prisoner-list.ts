import { z } from "zod";
import type { DirectoryPrisonerDto } from "@/lib/data/prisoner-directory";
import { PrisonerStatus } from "@/lib/generated/prisma/enums";
import type { ApiPrisonerListDto } from "@/lib/api/prisoner-list";
import {
  calendarDateSchema,
  countryRefSchema,
  localeSchema,
  resolvedTextSchema,
  orNull,
  type SameType,
} from "./common";

/** `GET /api/v1/prisoners`: the directory's cards (DirectoryPrisonerDto) and a cursor. */

export const prisonerStatusSchema = z.enum(PrisonerStatus).meta({ id: "PrisonerStatus" });

export const directoryPrisonerSchema = z
  .strictObject({
    slug: z
      .string()
      .describe("Stable identifier of the profile; its page is /{locale}/prisoners/{slug}."),
    name: resolvedTextSchema,
    otherName: z
      .strictObject({
        text: z.string().describe("The name as spelt in that language."),
        lang: localeSchema,
      })
      .nullable()
      .describe("The name in another language when it is spelt differently."),
    status: orNull(prisonerStatusSchema).describe("Null when withheld."),
    country: orNull(countryRefSchema).describe("Null when withheld."),
    thumbnail: z
      .string()
      .nullable()
      .describe("Path of the photo's smallest copy, unless withheld."),
    arrestedOn: orNull(calendarDateSchema).describe("Date of the arrest, as precisely as known."),
    detainedSince: orNull(calendarDateSchema).describe(
      "Start of the current deprivation of liberty, when detained.",
    ),
    match: z
      .enum(["exact", "prefix", "similar"])
      .nullable()
      .describe("How the name matched `q`; null without a search."),
  })
  .meta({ id: "PrisonerListItem" });

export const prisonerListSchema = z
  .strictObject({
    items: z.array(directoryPrisonerSchema).describe("One page of prisoners, in `sort` order."),
    total: z.number().int().min(0).describe("Every match, over all pages."),
    similarOnly: z
      .boolean()
      .describe("True when no name matched word for word and the items are similar spellings."),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` for the next page; null on the last page."),
  })
  .meta({ id: "PrisonerList" });

true satisfies SameType<z.output<typeof directoryPrisonerSchema>, DirectoryPrisonerDto>;
true satisfies SameType<z.output<typeof prisonerListSchema>, ApiPrisonerListDto>;
