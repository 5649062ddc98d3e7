import { getTranslations } from "next-intl/server";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { CitationRefDto } from "@/lib/data/prisoner-profile";

interface CitationRefsProps {
  refs: readonly CitationRefDto[];
  /**
   * Appended to each reference's id where the same content is rendered twice (the timeline, once
   * per order), so that ids stay unique and each copy has its own back-link target.
   */
  idSuffix?: string;
}

/**
 * Footnote references: superscript links to the numbered "Sources" list, named "Source 3" for
 * screen readers, with the locator (page, paragraph) when the citation has one.
 */
export async function CitationRefs({ refs, idSuffix = "" }: CitationRefsProps) {
  if (refs.length === 0) return null;
  const t = await getTranslations("ProfileSources");
  return (
    <sup className="ms-0.5 inline-flex flex-wrap gap-x-1 align-super text-xs leading-none font-medium">
      {refs.map((ref) => (
        <span key={ref.refId} className="whitespace-nowrap">
          <a
            id={`${ref.refId}${idSuffix}`}
            href={`#source-${ref.number}`}
            className="inline-block min-w-6 scroll-mt-4 rounded-sm px-0.5 py-1 text-center text-accent-700 underline underline-offset-2 hover:decoration-2 dark:text-accent-200 print:text-black"
          >
            <span aria-hidden="true">[</span>
            <VisuallyHidden>{t("source")} </VisuallyHidden>
            {ref.number}
            <span aria-hidden="true">]</span>
          </a>
          {ref.locator ? (
            <span className="text-slate-700 dark:text-slate-300">, {ref.locator}</span>
          ) : null}
        </span>
      ))}
    </sup>
  );
}
