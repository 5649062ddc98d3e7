import { getTranslations } from "next-intl/server";
import { AttentionBlock } from "@/components/dashboard/home/attention-block";
import { profileEntries } from "@/components/dashboard/home/attention-entries";
import { AttentionList } from "@/components/dashboard/home/attention-list";
import { MoreItemsNote } from "@/components/dashboard/home/more-items-note";
import type { AttentionBlock as Block, AttentionProfileItem } from "@/lib/data/attention";
import { dashboardRoutes } from "@/lib/routes";

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
      links={
        staleProfiles.count > 0
          ? [
              {
                href: dashboardRoutes.attention("stale-profiles"),
                label: t("seeAll", { count: staleProfiles.count }),
              },
            ]
          : []
      }
    >
      <AttentionList entries={await profileEntries(staleProfiles.items)} />
      <MoreItemsNote block={staleProfiles} />
    </AttentionBlock>
  );
}
