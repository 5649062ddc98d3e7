import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { ValueWords } from "@/components/dashboard/history/format-value";
import {
  createFieldName,
  createValueWords,
  type RootTranslator,
} from "@/components/dashboard/history/value-words";
import type { NameBook } from "@/lib/data/history-references";

/**
 * The history view's words in the reader's language, with the names the page looked up. Field
 * names of unknown keys (row identifiers in a path, fields added later) give null, so that
 * paths show only names a person can read.
 */
export async function historyFieldWords(
  names: NameBook = {},
): Promise<ValueWords & { fieldName: (key: string) => string | null }> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const root = t as unknown as RootTranslator;
  return { ...createValueWords(root, locale, names), fieldName: createFieldName(root) };
}
