import "server-only";
import { PDFDocument, rgb, type PDFPage } from "pdf-lib";
import type { DeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import { embedNotoSans, runsWidth, textRuns, type FontFamily } from "@/lib/delivery/pdf-fonts";

/** The PDF's fixed wording in the export's locale (DeliveryExport.pdf messages). */
export interface DeliveryPdfLabels {
  to: string;
  version: string;
  notableHeading: string;
  signersHeading: string;
  signersNone: string;
  countsHeading: string;
  countsLead: string;
  total: string;
  listHash: string;
  exported: string;
  page: string;
}

export const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The body stops this far above the bottom margin; the footer lives below it. */
const BODY_BOTTOM = PAGE.margin + 24;
const FOOTER = { size: 7.5, lineHeight: 10, firstBaseline: PAGE.margin - 12 };

/** A piece of text as drawn: page (1-based), baseline origin and size, in PDF points. */
export interface DrawnText {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Lays out lines top to bottom, adding pages as needed. */
class PdfWriter {
  private page: PDFPage;
  private y: number;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: FontFamily,
    private readonly layout?: DrawnText[],
  ) {
    this.page = this.newPage();
    this.y = PAGE.height - PAGE.margin;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(page);
    return page;
  }

  /** Draws runs from x on one baseline, recording them for the layout checks. */
  private drawRuns(
    page: PDFPage,
    text: string,
    fonts: FontFamily["regular"],
    x: number,
    y: number,
    size: number,
  ): void {
    const pageNumber = this.pages.indexOf(page) + 1;
    for (const run of textRuns(text, fonts)) {
      const width = run.font.widthOfTextAtSize(run.text, size);
      page.drawText(run.text, { x, y, size, font: run.font, color: rgb(0, 0, 0) });
      this.layout?.push({ page: pageNumber, text: run.text, x, y, width, size });
      x += width;
    }
  }

  private ensure(height: number): void {
    if (this.y - height < BODY_BOTTOM) {
      this.page = this.newPage();
      this.y = PAGE.height - PAGE.margin;
    }
  }

  space(height: number): void {
    this.y -= height;
  }

  /** Draws text wrapped to the text width; blank-line-separated input is one call per paragraph. */
  paragraph(text: string, options: { size?: number; bold?: boolean; indent?: number } = {}): void {
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    const fonts = options.bold ? this.fonts.bold : this.fonts.regular;
    const lineHeight = size * 1.4;
    for (const sourceLine of text.split("\n")) {
      for (const line of wrap(sourceLine, TEXT_WIDTH - indent, (words) =>
        runsWidth(textRuns(words, fonts), size),
      )) {
        this.ensure(lineHeight);
        this.y -= lineHeight;
        this.drawRuns(this.page, line, fonts, PAGE.margin + indent, this.y, size);
      }
    }
  }

  /**
   * The footer of every page, wrapped to the text width like the body (a single line ran off the
   * page's right edge: the hash alone takes most of it, and Russian labels are longer), drawn
   * downwards from below the body. Three lines fit above the page's edge with a 20-point margin.
   */
  footers(text: (index: number, count: number) => string): void {
    const fonts = this.fonts.regular;
    this.pages.forEach((page, index) => {
      const lines = wrap(text(index + 1, this.pages.length), TEXT_WIDTH, (words) =>
        runsWidth(textRuns(words, fonts), FOOTER.size),
      );
      lines.forEach((line, row) => {
        const y = FOOTER.firstBaseline - row * FOOTER.lineHeight;
        this.drawRuns(page, line, fonts, PAGE.margin, y, FOOTER.size);
      });
    });
  }
}

/** Greedy word wrap; a word longer than the line is cut where it must be. */
function wrap(text: string, width: number, measure: (text: string) => number): string[] {
  if (text.trim() === "") return [""];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (measure(rest) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

function countryName(code: string, names: Intl.DisplayNames): string {
  try {
    return names.of(code) ?? code;
  } catch {
    // An unusual code (e.g. "XK" on an old ICU) is printed as it is.
    return code;
  }
}

/**
 * The letter as it is handed over: its title and text (current version, chosen locale), the
 * addressee, the notable signatories, the signers who chose to be named, and the count of all
 * confirmed signatures by country. The footer carries the SHA-256 of the signatory CSV, so the
 * paper, the CSV and the manifest can be matched.
 */
export async function renderDeliveryPdf(
  snapshot: DeliverySnapshot,
  labels: DeliveryPdfLabels,
  listSha256: string,
  exportedAt: Date,
  /** When given, receives every piece of text as drawn (the tests check the margins with it). */
  layout?: DrawnText[],
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(snapshot.letter.title);
  doc.setLanguage(snapshot.locale);
  doc.setCreator("Vigil");
  doc.setCreationDate(exportedAt);
  const fonts = await embedNotoSans(doc);
  const names = new Intl.DisplayNames([snapshot.locale], { type: "region" });
  const out = new PdfWriter(doc, fonts, layout);
  const { letter } = snapshot;

  out.paragraph(letter.versionTitle ?? letter.title, { size: 16, bold: true });
  out.space(6);
  out.paragraph(
    `${labels.to} ${[letter.addresseeName, letter.addresseeOffice].filter(Boolean).join(", ")}`,
    { bold: true },
  );
  out.paragraph(`${labels.version} ${letter.versionNumber}`, { size: 8.5 });
  out.space(10);
  for (const paragraph of letter.text.split(/\n\s*\n/)) {
    out.paragraph(paragraph);
    out.space(6);
  }

  if (snapshot.notableSignatories.length > 0) {
    out.space(8);
    out.paragraph(labels.notableHeading, { size: 13, bold: true });
    out.space(4);
    for (const signatory of snapshot.notableSignatories) {
      const country = signatory.countryCode ? countryName(signatory.countryCode, names) : null;
      out.paragraph([signatory.name, signatory.office, country].filter(Boolean).join(" — "), {
        indent: 8,
      });
    }
  }

  out.space(12);
  out.paragraph(`${labels.signersHeading} (${snapshot.signers.length})`, { size: 13, bold: true });
  out.space(4);
  if (snapshot.signers.length === 0) out.paragraph(labels.signersNone, { indent: 8 });
  snapshot.signers.forEach((signer, index) => {
    const details = [
      signer.title,
      signer.organisation,
      signer.city,
      countryName(signer.countryCode, names),
    ].filter(Boolean);
    out.paragraph(`${index + 1}. ${signer.name} — ${details.join(", ")}`, { indent: 8 });
  });

  out.space(12);
  out.paragraph(labels.countsHeading, { size: 13, bold: true });
  out.paragraph(labels.countsLead, { size: 9 });
  out.space(4);
  for (const row of snapshot.confirmedByCountry) {
    out.paragraph(`${countryName(row.countryCode, names)} (${row.countryCode}): ${row.count}`, {
      indent: 8,
    });
  }
  out.paragraph(`${labels.total}: ${snapshot.confirmedTotal}`, { bold: true, indent: 8 });

  out.footers(
    (page, count) =>
      `${labels.listHash} ${listSha256} · ${labels.exported} ${exportedAt.toISOString()} · ` +
      `${labels.page} ${page}/${count}`,
  );
  // Without object streams, so that the file opens in older readers and tools that audit it.
  return doc.save({ useObjectStreams: false });
}
