import { CONTENT_LOCALES } from "@/lib/content-model/localized";
import type { ExportColumn } from "@/lib/export/export-lists";

/** One column per content language of a LocalizedText value: `name_en`, `name_ru`. */
export function localizedColumns<Row>(
  prefix: string,
  read: (row: Row) => unknown,
): ExportColumn<Row>[] {
  return CONTENT_LOCALES.map((locale) => ({
    header: `${prefix}_${locale}`,
    value: (row: Row) => {
      const value = read(row);
      return value && typeof value === "object"
        ? ((value as Record<string, unknown>)[locale] ?? null)
        : null;
    },
  }));
}
