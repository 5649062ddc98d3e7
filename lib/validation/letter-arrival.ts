import { z } from "zod";
import { LetterArrival } from "@/lib/generated/prisma/enums";

/**
 * "Do letters arrive?" and the date it was last checked, as the facility and prisoner forms post
 * them (issue 19): one of the enum's values, and an optional past date (YYYY-MM-DD) stored as a
 * calendar date.
 */
export const LETTER_ARRIVALS = Object.values(LetterArrival);

export const letterArrivalSchema = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? "UNKNOWN" : value),
  z.enum(LETTER_ARRIVALS, { error: "invalidValue" }),
);

export const lettersCheckedOnSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z.iso
    .date({ error: "dateInvalid" })
    .refine((value) => value <= new Date().toISOString().slice(0, 10), { error: "dateInvalid" })
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .nullable()
    .default(null),
);
