import type { FormValues } from "@/lib/actions/staff-action-state";
import {
  CONTENT_LOCALES,
  type LocalizedRichText,
  type LocalizedText,
} from "@/lib/content-model/localized";

/**
 * Stored values as the names an edit form posts: a localised field `name` becomes `name.en`,
 * `name.ru` (what LocalizedFields renders), a rich-text field the editor's JSON document.
 */
export function localizedValues(name: string, value: LocalizedText): FormValues {
  const values: FormValues = {};
  for (const locale of CONTENT_LOCALES) {
    const text = value[locale];
    if (text) values[`${name}.${locale}`] = text;
  }
  return values;
}

export function richTextValues(name: string, value: LocalizedRichText): FormValues {
  const values: FormValues = {};
  for (const locale of CONTENT_LOCALES) {
    const doc = value[locale];
    if (doc) values[`${name}.${locale}`] = JSON.stringify(doc);
  }
  return values;
}

/** A calendar date as the YYYY-MM-DD text of a date field. */
export function dayValue(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
