import { z } from "zod";
import { routing } from "@/lib/i18n/routing";

/**
 * The sponsor forms' fields (the prisoner page's Sponsors section). Error messages are codes in
 * the "Sponsors" message namespace.
 */

const id = z.string({ error: "errorInvalid" }).trim().min(1, { error: "errorInvalid" }).max(64);

const isoDay = z
  .string({ error: "errorInvalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "errorInvalid" })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    { error: "errorInvalid" },
  );

const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());

export const addSponsorSchema = z.object({
  prisonerId: id,
  signatoryId: id,
  since: isoDay,
  published: checkbox,
  alertEmail: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null),
    z.email({ error: "errorEmail" }).max(254, { error: "errorEmail" }).nullable(),
  ),
  /** The language of the sponsor's alerts: a site locale, nothing else (the select offers those). */
  alertLocale: z.enum(routing.locales, { error: "errorAlertLocale" }),
});

export const sponsorStateSchema = z.object({ id, published: checkbox });

export const removeSponsorSchema = z.object({ id });
