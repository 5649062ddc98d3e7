import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AttentionBlock } from "@/components/dashboard/home/attention-block";
import { AttentionList, type AttentionListEntry } from "@/components/dashboard/home/attention-list";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import { DateText } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type {
  AttentionBlock as Block,
  AttentionContentItem,
  AttentionDateItem,
  DashboardAttention,
} from "@/lib/data/attention";

const REVIEW_QUEUE = "/dashboard/review";
const INBOX = "/dashboard/reports";

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

  const more = (block: Block<unknown>) =>
    block.count > block.items.length ? (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {t("more", { count: block.count - block.items.length })}
      </p>
    ) : null;

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
          links={[{ href: REVIEW_QUEUE, label: t("inReview.link") }]}
        >
          <AttentionList
            entries={await contentEntries(inReview.items, async (item) => (
              <>
                {t(`kinds.${item.kind}`)},{" "}
                {t.rich("inReview.submitted", await timestampValues(item.changedAt))}
              </>
            ))}
          />
          {more(inReview)}
        </AttentionBlock>
      ) : null}

      {reports ? (
        <AttentionBlock
          id="reports"
          heading={t("reports.heading")}
          summary={
            <>
              {t("reports.count", { count: reports.count })}{" "}
              {reports.count > 0 ? (
                <>
                  {t("reports.unassigned", { count: reports.unassigned })},{" "}
                  {t("reports.assignedToMe", { count: reports.assignedToMe })}.
                </>
              ) : null}
            </>
          }
          links={[
            { href: INBOX, label: t("reports.link") },
            ...(reports.assignedToMe > 0
              ? [{ href: `${INBOX}?assignee=me`, label: t("reports.mineLink") }]
              : []),
          ]}
        >
          <AttentionList
            entries={await Promise.all(
              reports.items.map(async (item) => ({
                key: item.id,
                label: t("reports.about", { name: item.prisonerName?.text ?? t("unknownPerson") }),
                lang: langOf(item.prisonerName),
                href: item.href,
                detail: (
                  <>
                    {t.rich("reports.received", await timestampValues(item.receivedAt))},{" "}
                    {item.assigneeName
                      ? t("reports.assignedTo", { name: item.assigneeName })
                      : t("reports.notAssigned")}
                  </>
                ),
              })),
            )}
          />
          {more(reports)}
        </AttentionBlock>
      ) : null}

      {releases ? (
        <AttentionBlock
          id="releases"
          heading={t("releases.heading")}
          summary={scope(t("releases.count", { count: releases.count }))}
        >
          <AttentionList entries={dateEntries(releases.items)} />
          {more(releases)}
        </AttentionBlock>
      ) : null}

      {courtDates ? (
        <AttentionBlock
          id="court-dates"
          heading={t("courtDates.heading")}
          summary={scope(t("courtDates.count", { count: courtDates.count }))}
        >
          <AttentionList entries={dateEntries(courtDates.items)} />
          {more(courtDates)}
        </AttentionBlock>
      ) : null}

      {staleProfiles ? (
        <AttentionBlock
          id="stale-profiles"
          heading={t("stale.heading")}
          summary={t("stale.count", { count: staleProfiles.count })}
        >
          <AttentionList
            entries={await Promise.all(
              staleProfiles.items.map(async (item) => ({
                key: item.prisonerId,
                label: item.name?.text ?? t("untitled"),
                lang: langOf(item.name),
                href: item.href,
                detail: t.rich("stale.lastTouched", await timestampValues(item.lastTouchedAt)),
              })),
            )}
          />
          {more(staleProfiles)}
        </AttentionBlock>
      ) : null}

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
        {more(myDrafts)}
      </AttentionBlock>
    </div>
  );
}
