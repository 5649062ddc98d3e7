import { getTranslations } from "next-intl/server";
import type { AttentionListEntry } from "@/components/dashboard/home/attention-list";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import { DateText } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type {
  AttentionContentItem,
  AttentionDateItem,
  AttentionProfileItem,
} from "@/lib/data/attention";

/**
 * The rows of the attention lists, the same on the dashboard home's blocks and on each block's
 * full list: a name linked to where the work is done, and a line saying what and when.
 */

/** Items in review ("submitted …") or drafts ("changed …"). */
export async function contentEntries(
  items: AttentionContentItem[],
  moment: "inReview.submitted" | "drafts.changed",
): Promise<AttentionListEntry[]> {
  const t = await getTranslations("DashboardHome");
  const tEvent = await getTranslations("ProfileTimeline.eventType");
  return Promise.all(
    items.map(async (item): Promise<AttentionListEntry> => ({
      key: `${item.kind}:${item.id}`,
      label: item.title?.text ?? (item.eventType ? tEvent(item.eventType) : t("untitled")),
      lang: langOf(item.title),
      href: item.href,
      detail: (
        <>
          {t(`kinds.${item.kind}`)}, {t.rich(moment, await timestampValues(item.changedAt))}
        </>
      ),
    })),
  );
}

/** Coming releases and court dates. */
export async function dateEntries(items: AttentionDateItem[]): Promise<AttentionListEntry[]> {
  const t = await getTranslations("DashboardHome");
  return items.map((item): AttentionListEntry => ({
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
}

/** Profiles not updated or reviewed for six months. */
export async function profileEntries(items: AttentionProfileItem[]): Promise<AttentionListEntry[]> {
  const t = await getTranslations("DashboardHome");
  return Promise.all(
    items.map(async (item) => ({
      key: item.prisonerId,
      label: item.name?.text ?? t("untitled"),
      lang: langOf(item.name),
      href: item.href,
      detail: t.rich("stale.lastTouched", await timestampValues(item.lastTouchedAt)),
    })),
  );
}
