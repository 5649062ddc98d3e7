import { z } from "zod";
import { LetterKind, LetterState } from "@/lib/generated/prisma/enums";
import { API_PUBLICATION_TYPES } from "./publication-types";

/**
 * The filters of the short lists (letters, publications, facilities), strict where the pages'
 * forms are forgiving: a caller who mistypes a filter is told, rather than handed the whole list.
 * Also the query parameters the OpenAPI document describes.
 */
const countryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "must be a two-letter country code (ru, kz).")
  .transform((code) => code.toUpperCase())
  .optional()
  .describe("Two-letter country code (ru, kz).");

const slug = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug.")
  .optional();

export const facilityFiltersSchema = z.strictObject({
  country: countryCode.describe("The facility's country: two letters (ru, kz)."),
});

export const letterFiltersSchema = z.strictObject({
  kind: z.enum(LetterKind).optional(),
  state: z.enum(LetterState).exclude(["DRAFT"]).optional(),
  country: countryCode.describe("Letters concerning this country: two letters (ru, kz)."),
});

export const publicationFiltersSchema = z.strictObject({
  type: z.enum(API_PUBLICATION_TYPES).optional(),
  country: countryCode.describe("Publications concerning this country: two letters (ru, kz)."),
  prisoner: slug.describe("Publications concerning this published profile (its slug)."),
  year: z
    .string()
    .regex(/^\d{4}$/, "must be a year (2024).")
    .transform(Number)
    .optional()
    .describe("Year of publication."),
});
