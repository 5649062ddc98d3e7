import fc from "fast-check";
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { reportInaccuracy } from "@/lib/actions/reports/report-inaccuracy";
import { prisma } from "@/lib/db";
import { fuzzOptions, hostileFieldValue, hostileForm } from "../fixtures/hostile-input";
import { inaccuracyReportFields } from "../fixtures/inaccuracy-reports";
import { insertPrisoner } from "../fixtures/prisoners";
import { ensureCountry } from "../fixtures/countries";

/**
 * The public "Report an inaccuracy" server action, called through its exported function as a
 * forged POST would call it, under random and hostile forms. It must never throw (a thrown
 * action is a 500 page) and gives back only plain text to show in the form again.
 */

// Each call comes from its own address, as the web server resolves it, so the per-address
// limit does not turn every later run into "rate-limited".
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      "x-vigil-client-address": `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    }),
}));

const COUNTRY = "QF";
let prisonerSlug = "";
let prisonerId = "";

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: "fuzz-report-country", name: { en: "Fuzzland" } });
  const prisoner = await insertPrisoner({
    slug: `fuzz-report-${randomBytes(4).toString("hex")}`,
    countryCode: COUNTRY,
    label: "fuzz",
  });
  prisonerSlug = prisoner.slug;
  prisonerId = prisoner.id;
});

// A valid report; the prisoner's slug is only known once beforeAll has run.
const VALID = inaccuracyReportFields("(published)");
const FIELDS = ["prisoner", "locale", "message", "sourceUrl", "contact", "website"];

function formData(fields: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      data.append(name, item === VALID.prisoner ? prisonerSlug : item);
    }
  }
  return data;
}

describe("fuzzing the report-an-inaccuracy action", () => {
  it("answers any form with a state, never an error, and echoes only plain text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileForm(FIELDS, VALID),
          // A valid report with one hostile field, which reaches the INSERT when it passes.
          fc
            .tuple(fc.constantFrom(...FIELDS), hostileFieldValue)
            .map(([field, value]) => ({ ...VALID, [field]: value })),
        ),
        async (fields) => {
          const state = await reportInaccuracy({ status: "idle" }, formData(fields));
          expect(["sent", "invalid", "failed", "rate-limited"]).toContain(state.status);
          if ("values" in state) {
            for (const value of Object.values(state.values)) expect(typeof value).toBe("string");
          }
        },
      ),
      fuzzOptions(1_000),
    );
    // The runs reached the INSERT, not only the validation in front of it.
    expect(await prisma.inaccuracyReport.count({ where: { prisonerId } })).toBeGreaterThan(10);
  });
});
