import { stringify } from "csv-stringify/sync";
import { guardCsvText } from "@/lib/export/csv-cell";
import type { DeliverySigner } from "@/lib/delivery/delivery-snapshot";

/** Column names of the signatory list, in order (fixed: the manifest's hash depends on them). */
export const SIGNATORY_CSV_COLUMNS = [
  "name",
  "country",
  "city",
  "organisation",
  "title",
  "confirmed_at",
] as const;

/**
 * The delivered signatory list as the exact bytes of the CSV file: UTF-8 without a byte-order
 * mark, RFC 4180 quoting, CRLF line ends, one header row. Cells a spreadsheet would read as a
 * formula get a leading apostrophe. The same rows always give the same bytes, which is what
 * makes the manifest's SHA-256 checkable later (lib/delivery/README.md).
 */
export function signatoryCsv(signers: readonly DeliverySigner[]): Buffer {
  const rows = signers.map((signer) => [
    guardCsvText(signer.name),
    signer.countryCode,
    guardCsvText(signer.city ?? ""),
    guardCsvText(signer.organisation ?? ""),
    guardCsvText(signer.title ?? ""),
    signer.confirmedAt,
  ]);
  const text = stringify([[...SIGNATORY_CSV_COLUMNS], ...rows], { record_delimiter: "\r\n" });
  return Buffer.from(text, "utf8");
}
