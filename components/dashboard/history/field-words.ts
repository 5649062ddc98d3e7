import "server-only";
import { getTranslations } from "next-intl/server";
import type { ValueWords } from "@/components/dashboard/history/format-value";

/**
 * Field names in the reader's language. Unknown keys (row identifiers in a path, fields added
 * later) give null, so that paths show only names a person can read.
 */
export async function historyFieldWords(): Promise<
  ValueWords & { fieldName: (key: string) => string | null }
> {
  const t = await getTranslations("History");
  const fieldName = (key: string): string | null =>
    /^[A-Za-z]+$/.test(key) && t.has(`fields.${key}` as never) ? t(`fields.${key}` as never) : null;
  return {
    empty: t("empty"),
    yes: t("yes"),
    no: t("no"),
    hidden: t("hiddenSensitive"),
    field: (key) => fieldName(key) ?? key,
    fieldName,
  };
}
