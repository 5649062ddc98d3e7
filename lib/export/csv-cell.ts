/**
 * Turning exported values into CSV cells that are safe to open in a spreadsheet.
 *
 * CSV injection: Excel, LibreOffice and Google Sheets treat a cell starting with "=", "+", "-" or
 * "@" (and, in some versions, a tab or carriage return) as a formula, so a name such as
 * `=HYPERLINK("https://evil.example", "Click")` typed into a public form would run when an
 * editor opens the export. Such cells get a leading apostrophe (OWASP's advice): the spreadsheet
 * shows the text as text. Numbers are written as numbers and need no guard.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A value as the text of one CSV cell. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return guardCsvText(value.map((item) => String(item)).join(", "));
  if (typeof value === "object") return guardCsvText(JSON.stringify(value));
  return guardCsvText(String(value));
}

/** A value as JSON export writes it (dates as ISO strings; everything else as it is). */
export function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return Number(value);
  return value;
}
