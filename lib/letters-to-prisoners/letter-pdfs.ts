import "server-only";
import { PDFDocument, rgb, type PDFPage } from "pdf-lib";
import { embedNotoSans, runsWidth, textRuns, type FontFamily } from "@/lib/delivery/pdf-fonts";
import type { EnvelopeAddress } from "./envelope-address";

/**
 * The printable envelope and letter sheet of the "Write a letter" page, drawn with the delivery
 * PDF's library and fonts (pdf-lib, Noto Sans in Latin and Cyrillic subsets: lib/delivery).
 * Nothing about the sender is printed: the "From" block is left blank to be filled by hand.
 */

export interface EnvelopePdfLabels {
  from: string;
  fromHint: string;
  to: string;
  where: string;
  postcode: string;
}

export interface LetterSheetLabels {
  title: string;
  to: string;
  date: string;
  footer: string;
}

/** DL envelope (220 × 110 mm), landscape, in PDF points. */
const DL = { width: 623.62, height: 311.81, margin: 28 };
/** A4 portrait. */
const A4 = { width: 595.28, height: 841.89, margin: 56 };
const GREY = rgb(0.45, 0.45, 0.45);

function draw(
  page: PDFPage,
  text: string,
  fonts: FontFamily["regular"],
  x: number,
  y: number,
  size: number,
  maxWidth?: number,
): void {
  const runs = textRuns(text, fonts);
  // Shrink a line that would run off the envelope rather than cut it: an address must be whole.
  let drawnSize = size;
  while (maxWidth && runsWidth(runs, drawnSize) > maxWidth && drawnSize > 6) drawnSize -= 0.5;
  for (const run of runs) {
    page.drawText(run.text, { x, y, size: drawnSize, font: run.font, color: rgb(0, 0, 0) });
    x += run.font.widthOfTextAtSize(run.text, drawnSize);
  }
}

function rule(page: PDFPage, x1: number, x2: number, y: number): void {
  page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: 0.5, color: GREY });
}

/** The envelope: sender's blank block top left, recipient bottom right, postcode bottom left. */
export async function renderEnvelopePdf(
  address: EnvelopeAddress,
  labels: EnvelopePdfLabels,
  title: string,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator("Vigil");
  const fonts = await embedNotoSans(doc);
  const page = doc.addPage([DL.width, DL.height]);

  // From: three blank lines for the sender's hand.
  let y = DL.height - DL.margin - 10;
  draw(page, labels.from, fonts.bold, DL.margin, y, 9);
  draw(page, labels.fromHint, fonts.regular, DL.margin + 60, y, 7);
  for (let line = 1; line <= 3; line += 1) rule(page, DL.margin, DL.margin + 250, y - line * 16);

  // To: the right half, bottom up so that long addresses grow upwards.
  const left = DL.width / 2 - 20;
  const width = DL.width - DL.margin - left;
  const lines = [...address.lines, ...(address.countryLine ? [address.countryLine] : [])];
  y = DL.margin + 16 + lines.length * 15 + 34;
  draw(page, labels.to, fonts.bold, left, y, 9);
  draw(page, address.recipient, fonts.bold, left, y - 15, 11, width);
  draw(page, labels.where, fonts.bold, left, y - 34, 9);
  y -= 49;
  for (const line of lines) {
    draw(page, line, fonts.regular, left, y, 11, width);
    y -= 15;
  }

  // The postcode, large, in the bottom-left corner where Russian Post's machines look for it.
  if (address.postcode) {
    draw(page, labels.postcode, fonts.regular, DL.margin, DL.margin + 42, 8);
    page.drawRectangle({
      x: DL.margin,
      y: DL.margin,
      width: 150,
      height: 34,
      borderColor: GREY,
      borderWidth: 0.75,
    });
    draw(
      page,
      address.postcode.split("").join(" "),
      fonts.bold,
      DL.margin + 10,
      DL.margin + 10,
      18,
    );
  }
  return doc.save();
}

/** A4 sheet: whom it is for, a date line, ruled lines to write on and the rules in one line. */
export async function renderLetterSheetPdf(
  address: EnvelopeAddress,
  labels: LetterSheetLabels,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(labels.title);
  doc.setCreator("Vigil");
  const fonts = await embedNotoSans(doc);
  const page = doc.addPage([A4.width, A4.height]);
  const textWidth = A4.width - 2 * A4.margin;

  let y = A4.height - A4.margin - 14;
  draw(page, labels.title, fonts.bold, A4.margin, y, 14, textWidth);
  y -= 22;
  draw(page, `${labels.to}: ${address.recipient}`, fonts.regular, A4.margin, y, 10, textWidth);
  y -= 26;
  draw(page, `${labels.date}:`, fonts.regular, A4.margin, y, 10);
  rule(page, A4.margin + 40, A4.margin + 200, y - 2);
  y -= 30;
  const bottom = A4.margin + 40;
  while (y > bottom) {
    rule(page, A4.margin, A4.width - A4.margin, y);
    y -= 24;
  }
  draw(page, labels.footer, fonts.regular, A4.margin, A4.margin, 8, textWidth);
  return doc.save();
}
