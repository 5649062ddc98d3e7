import { getTranslations } from "next-intl/server";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { CitationRefDto } from "@/lib/data/prisoner-profile";

interface CitationRefsProps {
  refs: readonly CitationRefDto[];
}

/**
 * Footnote references: superscript links to the numbered "Sources" list, named "Source 3" for
 * screen readers, with the locator (page, paragraph) when the citation has one.
 */
export async function CitationRefs({ refs }: CitationRefsProps) {
  if (refs.length === 0) return null;
  const t = await getTranslations("ProfileSources");
  return (
    <sup className="cite-refs">
      {refs.map((ref) => (
        <span key={ref.refId} className="whitespace-nowrap">
          <a id={ref.refId} href={`#source-${ref.number}`} className="cite-ref">
            <span aria-hidden="true">[</span>
            <VisuallyHidden>{t("source")} </VisuallyHidden>
            {ref.number}
            <span aria-hidden="true">]</span>
          </a>
          {ref.locator ? <span className="profile-muted">, {ref.locator}</span> : null}
        </span>
      ))}
    </sup>
  );
}
