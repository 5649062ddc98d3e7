import { getTranslations } from "next-intl/server";
import { AttentionBlock } from "@/components/dashboard/home/attention-block";
import { AttentionList } from "@/components/dashboard/home/attention-list";
import { MoreItemsNote } from "@/components/dashboard/home/more-items-note";
import { timestampValues } from "@/components/dashboard/home/timestamp-text";
import { langOf } from "@/components/ui/localized";
import type { AttentionBlock as Block, AttentionProfileItem } from "@/lib/data/attention";

/** The dashboard home's block of published profiles neither updated nor reviewed for six months. */
export async function StaleProfilesBlock({
  staleProfiles,
}: {
  staleProfiles: Block<AttentionProfileItem>;
}) {
  const t = await getTranslations("DashboardHome");
  return (
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
      <MoreItemsNote block={staleProfiles} />
    </AttentionBlock>
  );
}
