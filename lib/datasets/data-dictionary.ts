import { routing } from "@/lib/i18n/routing";
import { DATASET_TABLE_NAMES, DATASET_TABLES } from "./dataset-tables";
import { DATASET_CHECKSUM_FILE, jsonLinesFileName, tableFileName } from "./dataset-files";

export interface DictionaryContext {
  date: string;
  publisher: string;
  licence: { name: string; url: string };
  /** The site's origin, for absolute links (https://vigil.example.org). */
  origin: string;
}

/** `|` and line breaks would break a Markdown table's cell. */
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll(/\s*\n\s*/g, " ");

/**
 * The dataset's data dictionary (data-dictionary.md): every file, every column with its type and
 * meaning, made from the same column descriptors that write the tables (dataset-tables.ts).
 */
export function dataDictionary({ date, publisher, licence, origin }: DictionaryContext): string {
  const tables = DATASET_TABLE_NAMES.map((name) => {
    const table = DATASET_TABLES[name];
    return [
      `## ${tableFileName(name)}`,
      "",
      `${table.description} CSV (RFC 4180, UTF-8 with a byte order mark, comma-separated, header row), gzip-compressed.`,
      "",
      "| column | type | meaning |",
      "| --- | --- | --- |",
      ...table.columns.map(
        (column) => `| ${column.name} | ${column.type} | ${cell(column.description)} |`,
      ),
      "",
    ].join("\n");
  });
  return [
    `# ${publisher} open data: the dataset of ${date}`,
    "",
    `Every published profile of a political prisoner as of ${date} (UTC), with its cases, charges and events.`,
    `Licence: ${licence.name} (${licence.url}).`,
    `Cite as: ${publisher}, "Political prisoners dataset", ${date}, ${origin}/api/v1/datasets/${date}/.`,
    "",
    "## Conventions",
    "",
    "- Dates are `YYYY-MM-DD` with a `_precision` column beside them: DAY, MONTH (only the year and month are known; the day is written 01) or YEAR (only the year; month and day written 01).",
    "- Localised text has one column per language (`_en`, `_ru`); a cell is empty when the text is not written in that language.",
    "- Lists are separated by ` | `. Enumerations (status, stage, type …) are the codes the API documents in its OpenAPI document (/api/v1/openapi.json).",
    "- A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading apostrophe, so that a spreadsheet shows it as text and never runs it as a formula.",
    "- Fields the organisation withholds on a profile are empty, exactly as on the public pages and in the API.",
    "",
    ...tables,
    ...routing.locales.map((locale) =>
      [
        `## ${jsonLinesFileName(locale)}`,
        "",
        `JSON Lines, gzip-compressed: one profile per line, exactly as \`GET /api/v1/prisoners/{slug}?locale=${locale}\` answers it (the PrisonerProfile schema of /api/v1/openapi.json, which describes every field), in order of \`slug\`.`,
        "",
      ].join("\n"),
    ),
    `## ${DATASET_CHECKSUM_FILE}`,
    "",
    "The SHA-256 of every other file, in the format of `sha256sum`: check a download with `sha256sum -c --ignore-missing SHA256SUMS`.",
    "",
  ].join("\n");
}
