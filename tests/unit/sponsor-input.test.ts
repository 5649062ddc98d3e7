import { describe, expect, it } from "vitest";
import { addSponsorSchema } from "@/lib/sponsors/sponsor-input";

const form = (alertLocale?: string) => ({
  prisonerId: "prisoner-1",
  signatoryId: "signatory-1",
  since: "2025-03-12",
  published: "on",
  alertEmail: "office@parliament.example",
  ...(alertLocale === undefined ? {} : { alertLocale }),
});

describe("the add-sponsor form's language of alerts", () => {
  it.each(["en", "ru"])("takes a site locale (%s)", (locale) => {
    expect(addSponsorSchema.parse(form(locale)).alertLocale).toBe(locale);
  });

  it.each([["de"], ["RU"], [""], [undefined]])("refuses anything else (%s)", (locale) => {
    const result = addSponsorSchema.safeParse(form(locale));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["alertLocale"], message: "errorAlertLocale" }),
    ]);
  });
});
