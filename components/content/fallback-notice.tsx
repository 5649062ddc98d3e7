import { getTranslations } from "next-intl/server";

/** Says that the text below is not in the page's language, so the switch is not a surprise. */
export async function FallbackNotice() {
  const t = await getTranslations("Common");
  return (
    <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200">
      {t("fallbackNotice")}
    </p>
  );
}
