import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AttentionBlock } from "@/components/dashboard/home/attention-block";
import { AttentionList, type AttentionListEntry } from "@/components/dashboard/home/attention-list";
import { MoreItemsNote } from "@/components/dashboard/home/more-items-note";
import { ReportsBlock } from "@/components/dashboard/home/reports-block";
import { StaleProfilesBlock } from "@/components/dashboard/home/stale-profiles-block";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import { DateText } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type {
  AttentionContentItem,
  AttentionDateItem,
  DashboardAttention,
} from "@/lib/data/attention";
import { dashboardRoutes } from "@/lib/routes";

/**
 * The dashboard home: one block per kind of work, each shown only when the actor's role may act
 * on it (lib/data/attention.ts decides, with can()). Counts come from the database; the lists
 * show the first few items with links to where the work is done.
 */
export async function DashboardHome({ attention }: { attention: DashboardAttention }) {
  const t = await getTranslations("DashboardHome");
  const tEvent = await getTranslations("ProfileTimeline.eventType");

  const contentEntries = (
    items: AttentionContentItem[],
    detail: (item: AttentionContentItem) => Promise<ReactNode>,
  ) =>
    Promise.all(
      items.map(async (item): Promise<AttentionListEntry> => ({
        key: `${item.kind}:${item.id}`,
        label: item.title?.text ?? (item.eventType ? tEvent(item.eventType) : t("untitled")),
        lang: langOf(item.title),
        href: item.href,
        detail: await detail(item),
      })),
    );

  const dateEntries = (items: AttentionDateItem[]) =>
    items.map((item): AttentionListEntry => ({
      key: item.key,
      label: item.prisonerName?.text ?? t("unknownPerson"),
      lang: langOf(item.prisonerName),
      href: item.href,
      detail: (
        <>
          {t(`dateKinds.${item.kind}`)}: <DateText date={item.date} />
        </>
      ),
    }));

  const { inReview, reports, staleProfiles, releases, courtDates, myDrafts } = attention;
  const scope = (summary: string) =>
    attention.datesOfDraftsOnly ? `${summary} ${t("draftsOnly")}` : summary;

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      {inReview ? (
        <AttentionBlock
          id="in-review"
          heading={t("inReview.heading")}
          summary={t("inReview.count", { count: inReview.count })}
          links={[{ href: dashboardRoutes.review(), label: t("inReview.link") }]}
        >
          <AttentionList
            entries={await contentEntries(inReview.items, async (item) => (
              <>
                {t(`kinds.${item.kind}`)},{" "}
                {t.rich("inReview.submitted", await timestampValues(item.changedAt))}
              </>
            ))}
          />
          <MoreItemsNote block={inReview} />
        </AttentionBlock>
      ) : null}

      {reports ? <ReportsBlock reports={reports} /> : null}

      {releases ? (
        <AttentionBlock
          id="releases"
          heading={t("releases.heading")}
          summary={scope(t("releases.count", { count: releases.count }))}
        >
          <AttentionList entries={dateEntries(releases.items)} />
          <MoreItemsNote block={releases} />
        </AttentionBlock>
      ) : null}

      {courtDates ? (
        <AttentionBlock
          id="court-dates"
          heading={t("courtDates.heading")}
          summary={scope(t("courtDates.count", { count: courtDates.count }))}
        >
          <AttentionList entries={dateEntries(courtDates.items)} />
          <MoreItemsNote block={courtDates} />
        </AttentionBlock>
      ) : null}

      {staleProfiles ? <StaleProfilesBlock staleProfiles={staleProfiles} /> : null}

      <AttentionBlock
        id="my-drafts"
        heading={t("drafts.heading")}
        summary={t("drafts.count", { count: myDrafts.count })}
      >
        <AttentionList
          entries={await contentEntries(myDrafts.items, async (item) => (
            <>
              {t(`kinds.${item.kind}`)},{" "}
              {t.rich("drafts.changed", await timestampValues(item.changedAt))}
            </>
          ))}
        />
        <MoreItemsNote block={myDrafts} />
      </AttentionBlock>
    </div>
  );
}
