import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { submitInaccuracyReport } from "@/lib/data/inaccuracy-reports";
import { RATE_LIMITS, RateLimitedError } from "@/lib/rate-limit";
import { hashIp } from "@/lib/security/ip";
import { inaccuracyReportForm, REPORTED_MESSAGE } from "../fixtures/inaccuracy-reports";
import { insertPrisoner } from "../fixtures/prisoners";
import { randomIp } from "../fixtures/signing";
import { ensureCountry } from "../fixtures/countries";

/**
 * Rows of this file live in a country of its own ("QR", reserved for user assignment) and carry
 * the prefix below. Each test sends from its own random address, so rate limits never overlap.
 */
const P = "report-it-";
const COUNTRY = "QR";

let publishedSlug: string;
let publishedId: string;
let draftSlug: string;

function reportsFor(prisonerId: string, text: string) {
  return prisma.inaccuracyReport.findMany({ where: { prisonerId, message: text } });
}

beforeAll(async () => {
  await ensureCountry({ code: COUNTRY, slug: `${P}country`, name: { en: "Qrland" } });
  const create = (slug: string, state: "PUBLISHED" | "DRAFT") =>
    insertPrisoner({ slug: `${P}${slug}`, countryCode: COUNTRY, label: slug }, { state });
  const [published, draft] = await Promise.all([
    create("published", "PUBLISHED"),
    create("draft", "DRAFT"),
  ]);
  publishedSlug = published.slug;
  publishedId = published.id;
  draftSlug = draft.slug;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("reporting an inaccuracy", () => {
  it("stores the report for the editors with a keyed hash of the address, never the address", async () => {
    const ip = randomIp();
    const text = `${REPORTED_MESSAGE} (stored)`;

    const outcome = await submitInaccuracyReport(
      inaccuracyReportForm(publishedSlug, {
        message: text,
        sourceUrl: "https://example.org/court",
        contact: "me@example.org",
      }),
      { clientIp: ip },
    );

    expect(outcome.status).toBe("stored");
    const [report] = await reportsFor(publishedId, text);
    expect(report).toMatchObject({
      sourceUrl: "https://example.org/court",
      contact: "me@example.org",
      locale: "ru",
      status: "OPEN",
      ipHash: hashIp(ip),
    });
    expect(report!.ipHash).not.toContain(ip);
    expect(report!.ipHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("stores nothing and names each problem when the form is invalid", async () => {
    const outcome = await submitInaccuracyReport(
      inaccuracyReportForm(publishedSlug, { message: "Wrong.", sourceUrl: "javascript:alert(1)" }),
      { clientIp: randomIp() },
    );

    expect(outcome).toEqual({
      status: "invalid",
      errors: { message: "messageTooShort", sourceUrl: "sourceUrlInvalid" },
      values: { message: "Wrong.", sourceUrl: "javascript:alert(1)", contact: "" },
    });
    expect(await reportsFor(publishedId, "Wrong.")).toHaveLength(0);
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const text = `${REPORTED_MESSAGE} (robot)`;

    const outcome = await submitInaccuracyReport(
      inaccuracyReportForm(publishedSlug, { message: text, website: "https://spam.example" }),
      { clientIp: randomIp() },
    );

    expect(outcome.status).toBe("discarded");
    expect(await reportsFor(publishedId, text)).toHaveLength(0);
  });

  it("refuses a report about a profile that is not published", async () => {
    const text = `${REPORTED_MESSAGE} (draft)`;

    const outcome = await submitInaccuracyReport(
      inaccuracyReportForm(publishedSlug, { message: text, prisoner: draftSlug }),
      {
        clientIp: randomIp(),
      },
    );

    expect(outcome.status).toBe("rejected");
    expect(await prisma.inaccuracyReport.count({ where: { message: text } })).toBe(0);
  });

  it(`allows ${RATE_LIMITS["inaccuracy-report"].points} reports per hour from one address, then refuses with a retry time`, async () => {
    const ip = randomIp();
    const { points, durationSeconds } = RATE_LIMITS["inaccuracy-report"];
    const text = `${REPORTED_MESSAGE} (burst)`;

    // Invalid submissions do not count: a person correcting a typo is never locked out.
    await submitInaccuracyReport(inaccuracyReportForm(publishedSlug, { message: "short" }), {
      clientIp: ip,
    });
    for (let attempt = 0; attempt < points; attempt++) {
      expect(
        (
          await submitInaccuracyReport(inaccuracyReportForm(publishedSlug, { message: text }), {
            clientIp: ip,
          })
        ).status,
      ).toBe("stored");
    }
    const refused = await submitInaccuracyReport(
      inaccuracyReportForm(publishedSlug, { message: text }),
      { clientIp: ip },
    ).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(durationSeconds);
    expect(await reportsFor(publishedId, text)).toHaveLength(points);
    // Another address is not affected.
    expect(
      (
        await submitInaccuracyReport(inaccuracyReportForm(publishedSlug, { message: text }), {
          clientIp: randomIp(),
        })
      ).status,
    ).toBe("stored");
  });
});
