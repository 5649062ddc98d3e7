import { getTranslations } from "next-intl/server";

/** The first focusable element: lets keyboard users jump past the header (WCAG 2.4.1). */
export async function SkipLink() {
  const t = await getTranslations("Layout");
  return (
    <a href="#main-content" className="skip-link">
      {t("skipToContent")}
    </a>
  );
}
