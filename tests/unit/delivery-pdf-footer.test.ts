import { describe, expect, it } from "vitest";
import {
  PAGE,
  renderDeliveryPdf,
  type DeliveryPdfLabels,
  type DrawnText,
} from "@/lib/delivery/delivery-pdf";
import type { DeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import { loadMessages } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";

async function labelsOf(locale: Locale): Promise<DeliveryPdfLabels> {
  const messages = (await loadMessages(locale)) as {
    DeliveryExport: { pdf: DeliveryPdfLabels };
  };
  return messages.DeliveryExport.pdf;
}

/** A letter with `signers` named signers: one page for a few, many pages for hundreds. */
function snapshot(locale: Locale, signers: number): DeliverySnapshot {
  return {
    locale,
    letter: {
      id: "letter",
      slug: "letter",
      title: "Free the prisoners of conscience",
      addresseeName: "Президент Республики Казахстан",
      addresseeOffice: "Администрация Президента, Астана",
      versionId: "version",
      versionNumber: 3,
      versionTitle: null,
      text: "We call for the release of every political prisoner. ".repeat(40),
    },
    notableSignatories: [],
    signers: Array.from({ length: signers }, (_, index) => ({
      name: `Подписант Номер ${index + 1}`,
      countryCode: index % 2 ? "KZ" : "DE",
      city: "Алматы",
      organisation: "Общественное объединение за права человека",
      title: "Председатель правления",
      confirmedAt: "2026-12-01T10:00:00.000Z",
    })),
    confirmedByCountry: [
      { countryCode: "KZ", count: Math.ceil(signers / 2) },
      { countryCode: "DE", count: Math.floor(signers / 2) },
    ],
    confirmedTotal: signers,
  };
}

const HASH = "f".repeat(64);
// A rounding's worth of tolerance for widths summed run by run.
const EPSILON = 0.01;

describe("the delivery PDF's layout", () => {
  for (const locale of routing.locales) {
    for (const signers of [2, 120]) {
      it(`keeps every line, the footer included, within the margins (${locale}, ${signers} signers)`, async () => {
        const layout: DrawnText[] = [];
        await renderDeliveryPdf(
          snapshot(locale, signers),
          await labelsOf(locale),
          HASH,
          new Date("2026-12-06T07:45:00.000Z"),
          layout,
        );

        const pages = Math.max(...layout.map((piece) => piece.page));
        if (signers > 100) expect(pages).toBeGreaterThanOrEqual(4);
        for (const piece of layout) {
          expect(piece.x, piece.text).toBeGreaterThanOrEqual(PAGE.margin - EPSILON);
          expect(piece.x + piece.width, piece.text).toBeLessThanOrEqual(
            PAGE.width - PAGE.margin + EPSILON,
          );
          expect(piece.y, piece.text).toBeGreaterThanOrEqual(20);
          expect(piece.y + piece.size, piece.text).toBeLessThanOrEqual(PAGE.height - PAGE.margin);
        }
        // Each page's footer is complete: the hash and "page n/N" are on the page, whole.
        for (let page = 1; page <= pages; page += 1) {
          const footer = layout
            .filter((piece) => piece.page === page && piece.size === 7.5)
            .map((piece) => piece.text)
            .join("");
          expect(footer).toContain(HASH);
          expect(footer).toMatch(new RegExp(`${page}/${pages}$`));
        }
      }, 60_000);
    }
  }

  it("keeps the footer below the body on every page", async () => {
    const layout: DrawnText[] = [];
    await renderDeliveryPdf(snapshot("ru", 120), await labelsOf("ru"), HASH, new Date(), layout);

    const footer = layout.filter((piece) => piece.size === 7.5);
    const body = layout.filter((piece) => piece.size !== 7.5);
    const footerTop = Math.max(...footer.map((piece) => piece.y + piece.size));
    const bodyBottom = Math.min(...body.map((piece) => piece.y));
    expect(footerTop).toBeLessThan(bodyBottom);
  }, 60_000);
});
