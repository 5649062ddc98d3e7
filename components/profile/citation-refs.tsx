import { getTranslations } from "next-intl/server";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { CitationRefDto } from "@/lib/data/prisoner-profile";

interface CitationRefsProps {
  refs: readonly CitationRefDto[];
}

/**
 * Footnote references: superscript links to the numbered "Sources" list, named "Source 3" for
 * screen readers, with the locator (page, paragraph) when the citation has one. The brackets
 * around the number are drawn by the .cite-ref class (hidden from screen readers there): a
 * profile can hold dozens of these, and each is written twice into the cached page (HTML and
 * the React payload).
 */
export async function CitationRefs({ refs }: CitationRefsProps) {
  if (refs.length === 0) return null;
  const t = await getTranslations("ProfileSources");
  return (
    <sup className="cite-refs">
      {refs.map((ref) => {
        const link = (
          <a key={ref.refId} id={ref.refId} href={`#source-${ref.number}`} className="cite-ref">
            <VisuallyHidden>{t("source")} </VisuallyHidden>
            {ref.number}
          </a>
        );
        // A locator stays on the line of its reference.
        return ref.locator ? (
          <span key={ref.refId} className="whitespace-nowrap">
            {link}
            <span className="profile-muted">, {ref.locator}</span>
          </span>
        ) : (
          link
        );
      })}
    </sup>
  );
}
