import { z } from "zod";
import type { FacilityDetailDto, FacilityDto } from "@/lib/data/facilities";
import { FacilityKind } from "@/lib/generated/prisma/enums";
import type { ApiPage } from "@/lib/api/api-page";
import {
  countryRefSchema,
  linkedPrisonerSchema,
  orNull,
  pagedList,
  resolvedTextSchema,
  type SameType,
} from "./common";

/**
 * `GET /api/v1/facilities` and `/facilities/{slug}`: places of detention that published profiles
 * name (FacilityDto, lib/data/facilities.ts).
 */

export const facilitySchema = z
  .strictObject({
    slug: z.string().describe("Stable identifier: /api/v1/facilities/{slug}."),
    name: resolvedTextSchema,
    kind: z
      .enum(FacilityKind)
      .meta({ id: "FacilityKind", description: "What kind of place of detention it is." }),
    country: countryRefSchema.describe("The facility's country."),
    region: orNull(resolvedTextSchema).describe("Region and town."),
    postalAddress: z
      .string()
      .nullable()
      .describe("As written on an envelope; null unless a published profile shows it."),
    addressNotes: orNull(resolvedTextSchema).describe("How to write there, with the address."),
    detainedNow: z
      .number()
      .int()
      .min(0)
      .describe("Current stays here that published profiles show."),
  })
  .meta({ id: "Facility" });

export const facilityListSchema = z
  .strictObject(pagedList(facilitySchema))
  .meta({ id: "FacilityList" });

export const facilityDetailSchema = facilitySchema
  .extend({
    prisonersNow: z
      .array(linkedPrisonerSchema)
      .describe("Published profiles that show their holder here now, by name."),
  })
  .meta({ id: "FacilityDetail" });

true satisfies SameType<z.output<typeof facilitySchema>, FacilityDto>;
true satisfies SameType<z.output<typeof facilityListSchema>, ApiPage<FacilityDto>>;
true satisfies SameType<z.output<typeof facilityDetailSchema>, FacilityDetailDto>;
