import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

/**
 * Noto Sans from @fontsource/noto-sans, which ships one WOFF file per script subset (fontkit reads
 * WOFF, not WOFF2). A line of text is drawn in runs, each in the first subset that has its glyphs,
 * so that Latin, Cyrillic (Russian, Kazakh, Ukrainian ...) and their extensions mix in one line.
 */
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"] as const;
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");

interface LoadedFont {
  pdf: PDFFont;
  has: (codePoint: number) => boolean;
}

export interface FontFamily {
  regular: LoadedFont[];
  bold: LoadedFont[];
}

export interface TextRun {
  text: string;
  font: PDFFont;
}

async function loadWeight(doc: PDFDocument, weight: 400 | 700): Promise<LoadedFont[]> {
  return Promise.all(
    SUBSETS.map(async (subset) => {
      const bytes = await readFile(
        path.join(FONT_DIR, `noto-sans-${subset}-${weight}-normal.woff`),
      );
      const parsed = fontkit.create(bytes);
      const pdf = await doc.embedFont(bytes, { subset: true });
      return { pdf, has: (codePoint: number) => parsed.hasGlyphForCodePoint(codePoint) };
    }),
  );
}

export async function embedNotoSans(doc: PDFDocument): Promise<FontFamily> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([loadWeight(doc, 400), loadWeight(doc, 700)]);
  return { regular, bold };
}

/** The text split into runs of one font each; characters no subset has become "?". */
export function textRuns(text: string, fonts: LoadedFont[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const found = fonts.find((font) => font.has(codePoint));
    const font = found?.pdf ?? fonts[0]!.pdf;
    const glyph = found ? char : "?";
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += glyph;
    else runs.push({ text: glyph, font });
  }
  return runs;
}

export function runsWidth(runs: readonly TextRun[], size: number): number {
  return runs.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
}
