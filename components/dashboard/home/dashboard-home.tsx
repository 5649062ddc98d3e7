import { getTranslations } from "next-intl/server";
import { AttentionBlock } from "@/components/dashboard/home/attention-block";
import { contentEntries, dateEntries } from "@/components/dashboard/home/attention-entries";
import { AttentionList } from "@/components/dashboard/home/attention-list";
import { MoreItemsNote } from "@/components/dashboard/home/more-items-note";
import { ReportsBlock } from "@/components/dashboard/home/reports-block";
import { StaleProfilesBlock } from "@/components/dashboard/home/stale-profiles-block";
import type { DashboardAttention } from "@/lib/data/attention";
import { dashboardRoutes, withQuery } from "@/lib/routes";

/**
 * The dashboard home: one block per kind of work, each shown only when the actor's role may act
 * on it (lib/data/attention.ts decides, with can()). Counts come from the database; the lists
 * show the first few items, and each block links to its full, paginated list (the review queue,
 * the inbox, or /dashboard/attention/<block>).
 */
export async function DashboardHome({ attention }: { attention: DashboardAttention }) {
  const t = await getTranslations("DashboardHome");
  const { inReview, reports, staleProfiles, releases, courtDates, myDrafts } = attention;
  const scope = (summary: string) =>
    attention.datesOfDraftsOnly ? `${summary} ${t("draftsOnly")}` : summary;
  /** "See all 41" to the block's full list, when it has anything. */
  const seeAll = (count: number, href: string) =>
    count > 0 ? [{ href, label: t("seeAll", { count }) }] : [];

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      {inReview ? (
        <AttentionBlock
          id="in-review"
          heading={t("inReview.heading")}
          summary={t("inReview.count", { count: inReview.count })}
          // The block lists the longest-waiting; its full list continues in that order.
          links={[
            {
              href: withQuery(dashboardRoutes.review(), { order: "oldest" }),
              label: t("inReview.link"),
            },
          ]}
        >
          <AttentionList entries={await contentEntries(inReview.items, "inReview.submitted")} />
          <MoreItemsNote block={inReview} />
        </AttentionBlock>
      ) : null}

      {reports ? <ReportsBlock reports={reports} /> : null}

      {releases ? (
        <AttentionBlock
          id="releases"
          heading={t("releases.heading")}
          summary={scope(t("releases.count", { count: releases.count }))}
          links={seeAll(releases.count, dashboardRoutes.attention("releases"))}
        >
          <AttentionList entries={await dateEntries(releases.items)} />
          <MoreItemsNote block={releases} />
        </AttentionBlock>
      ) : null}

      {courtDates ? (
        <AttentionBlock
          id="court-dates"
          heading={t("courtDates.heading")}
          summary={scope(t("courtDates.count", { count: courtDates.count }))}
          links={seeAll(courtDates.count, dashboardRoutes.attention("court-dates"))}
        >
          <AttentionList entries={await dateEntries(courtDates.items)} />
          <MoreItemsNote block={courtDates} />
        </AttentionBlock>
      ) : null}

      {staleProfiles ? <StaleProfilesBlock staleProfiles={staleProfiles} /> : null}

      <AttentionBlock
        id="my-drafts"
        heading={t("drafts.heading")}
        summary={t("drafts.count", { count: myDrafts.count })}
        links={seeAll(myDrafts.count, dashboardRoutes.attention("my-drafts"))}
      >
        <AttentionList entries={await contentEntries(myDrafts.items, "drafts.changed")} />
        <MoreItemsNote block={myDrafts} />
      </AttentionBlock>
    </div>
  );
}
