import { getTranslations } from "next-intl/server";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { TextLink } from "@/components/ui/text-link";
import type { CitationPlace, SourceCitationDto } from "@/lib/data/dashboard-sources";
import { dashboardRoutes, type PrisonerEditorTab } from "@/lib/routes";

/** The prisoner editor's tab where each kind of citation is edited. */
const PLACE_TABS: Record<CitationPlace, PrisonerEditorTab> = {
  profileField: "sources",
  event: "timeline",
  case: "cases",
  statusChange: "status",
  assessment: "political",
  recognition: "political",
  detention: "detentions",
};

/**
 * "Cited by": every citation of the source, with a link to the tab of the prisoner editor where
 * it is edited. This is also why a cited source cannot be deleted.
 */
export async function SourceCitedBy({ citations }: { citations: SourceCitationDto[] }) {
  const t = await getTranslations("SourceEditor.citedBy");
  // The words of the prisoner editor's Sources tab, where these citations are chosen.
  const tPrisoner = await getTranslations("PrisonerEditor");
  const detail = (citation: SourceCitationDto): string => {
    if (citation.place !== "profileField") return citation.detail || "—";
    if (!citation.detail) return tPrisoner("wholeProfile");
    // "country" is the older name of "countryCode" (PROFILE_FACT_FIELDS).
    const key = `fields.${citation.detail === "country" ? "countryCode" : citation.detail}`;
    // A field the editor no longer offers keeps its stored name rather than vanishing.
    return tPrisoner.has(key as never) ? tPrisoner(key as never) : citation.detail;
  };
  return (
    <section aria-labelledby="source-cited-by-heading" className="mt-10 flex flex-col gap-4">
      <h2
        id="source-cited-by-heading"
        className="text-xl font-semibold text-slate-900 dark:text-slate-50"
      >
        {t("heading")}
      </h2>
      {citations.length === 0 ? (
        <p className="text-slate-800 dark:text-slate-200">{t("none")}</p>
      ) : (
        <>
          <p className="text-slate-800 dark:text-slate-200">
            {t("count", { count: citations.length })}
          </p>
          <ContentTable
            caption={t("caption")}
            items={citations}
            rowKey={(citation) => citation.id}
            columns={[
              {
                key: "prisoner",
                header: t("prisoner"),
                rowHeader: true,
                cell: (citation) => (
                  <TextLink
                    href={dashboardRoutes.prisonerTab(
                      citation.prisonerId,
                      PLACE_TABS[citation.place],
                    )}
                  >
                    {citation.prisonerName}
                  </TextLink>
                ),
              },
              {
                key: "place",
                header: t("place"),
                cell: (citation) => t(`places.${citation.place}`),
              },
              { key: "detail", header: t("detail"), cell: detail },
              {
                key: "locator",
                header: t("locator"),
                cell: (citation) => citation.locator || "—",
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
