"use client";

import { useLocale } from "next-intl";
import { useFormValues, useRowCount } from "@/components/dashboard/form/form-context";
import type { TocSection } from "@/components/dashboard/toc/form-toc";
import { FALLBACK_LOCALE } from "@/lib/content-model/localized";

/** One row of a repeatable list, as its contents entry reads it. */
export interface RowReading {
  /** Row number, from 1. */
  number: number;
  /** Whether the row is stored (has an id); an unsaved row is named "New …". */
  stored: boolean;
  /** A field's text in this row ("" when blank). */
  text: (field: string) => string;
  /** A localised field's text in the page's language, else in English. */
  localized: (field: string) => string;
}

/** The id of the heading of row `index` of list `name`, the target of its contents link. */
export function rowSectionId(name: string, index: number): string {
  return `section-${name}-${index}`.replace(/[^A-Za-z0-9_-]/g, "-");
}

/**
 * One contents entry per row of a repeatable list, titled from the row's values. It reads the
 * form's state, so the contents follow the rows the page shows: rendered on the server first
 * (links work without JavaScript), and again after "add another" or a save adds or removes rows.
 */
export function useRowSections(name: string, title: (row: RowReading) => string): TocSection[] {
  const values = useFormValues();
  const count = useRowCount(name);
  const pageLocale = useLocale();
  return Array.from({ length: count }, (_, index) => {
    const text = (field: string) => {
      const raw = values[`${name}.${index}.${field}`];
      return (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
    };
    const row: RowReading = {
      number: index + 1,
      stored: text("id") !== "",
      text,
      localized: (field) => text(`${field}.${pageLocale}`) || text(`${field}.${FALLBACK_LOCALE}`),
    };
    return { id: rowSectionId(name, index), title: title(row) };
  });
}
