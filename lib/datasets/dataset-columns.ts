import type { CalendarDate } from "@/lib/data/calendar-date";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { ResolvedText } from "@/lib/i18n/resolved-text";

/**
 * The columns of the datasets' CSV tables, described once: the same descriptor writes a cell and
 * the data dictionary's line (data-dictionary.ts), so the dictionary cannot drift from the files.
 *
 * A row is made from the public DTOs of one item in every site locale (`ByLocale`), the DTOs the
 * API answers (lib/data/prisoner-profile): no column reads a database row.
 */
export type ByLocale<T> = Readonly<Record<Locale, T>>;

export type ColumnType =
  "text" | "localised text" | "date" | "date precision" | "enum" | "integer" | "list";

export interface DatasetColumn<Row> {
  name: string;
  type: ColumnType;
  description: string;
  value: (row: Row) => string | number | null;
}

/** A column read from the English DTO (values that are the same in every locale). */
export function column<Row extends { en: unknown }>(
  name: string,
  type: Exclude<ColumnType, "localised text" | "date" | "date precision">,
  description: string,
  pick: (item: Row["en"]) => string | number | null,
): DatasetColumn<Row> {
  return { name, type, description, value: (row) => pick(row.en) };
}

/**
 * One column per locale (`title_en`, `title_ru`). A cell is empty when the text is missing in
 * that language: the API's DTO would carry the other language as a fallback (`isFallback`),
 * which a table cannot say, so it is left out rather than shown under the wrong language.
 */
export function localisedColumns<Row extends ByLocale<unknown>>(
  name: string,
  description: string,
  pick: (item: Row[Locale]) => ResolvedText | null | undefined,
): DatasetColumn<Row>[] {
  return routing.locales.map((locale) => ({
    name: `${name}_${locale}`,
    type: "localised text" as const,
    description: `${description} (${locale === "en" ? "English" : locale === "ru" ? "Russian" : locale}; empty when not written in it)`,
    value: (row: Row) => {
      const text = pick(row[locale]);
      return text && !text.isFallback ? text.text : null;
    },
  }));
}

/** A date and its precision, as two columns (`arrested_on`, `arrested_on_precision`). */
export function dateColumns<Row extends { en: unknown }>(
  name: string,
  description: string,
  pick: (item: Row["en"]) => CalendarDate | null | undefined,
): DatasetColumn<Row>[] {
  return [
    {
      name,
      type: "date",
      description: `${description}; YYYY-MM-DD, of which only the part that \`${name}_precision\` names is known`,
      value: (row) => pick(row.en)?.iso ?? null,
    },
    {
      name: `${name}_precision`,
      type: "date precision",
      description: `How much of \`${name}\` is known: DAY; MONTH (the day is written 01); YEAR (month and day written 01)`,
      value: (row) => pick(row.en)?.precision ?? null,
    },
  ];
}
