import { getTranslations } from "next-intl/server";

/** The first focusable element: lets keyboard users jump past the header (WCAG 2.4.1). */
export async function SkipLink() {
  const t = await getTranslations("Layout");
  return (
    <a
      href="#main-content"
      className="sr-only z-50 rounded-md bg-accent-700 font-semibold text-white focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:px-4 focus:py-3 dark:bg-accent-200 dark:text-accent-950"
    >
      {t("skipToContent")}
    </a>
  );
}
