import { getTranslations } from "next-intl/server";
import { DetentionDates } from "@/components/profile/detention-dates";
import { FacilityPlace } from "@/components/profile/facility-place";
import { ProfileSection } from "@/components/profile/profile-section";
import { Badge } from "@/components/ui/badge";
import { langOf } from "@/components/ui/localized";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";

/**
 * Every place the person has been held, most recent first: families and letter-writers follow
 * the transfers closely (a letter sent to the old address is lost). Only what the public record
 * holds: the facility, its region, the dates and the editors' note; never an address, which
 * "Help" gives for the current place alone, and only where the record allows it.
 */
export async function DetentionHistorySection({ profile }: { profile: PrisonerProfileDto }) {
  const t = await getTranslations("ProfileDetentions");
  const history = profile.detentionHistory;
  if (history.length === 0) return null;
  return (
    <ProfileSection id="detentions" title={t("heading")}>
      <ol className="flex flex-col gap-4">
        {history.map((detention) => (
          <li
            key={detention.id}
            id={`detention-${detention.id}`}
            className="rounded-lg border border-slate-200 p-4 dark:border-slate-700 print:border-black"
          >
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="text-lg font-semibold profile-heading">
                <FacilityPlace place={detention} />
              </span>
              {detention.current ? <Badge tone="info">{t("current")}</Badge> : null}
            </p>
            <p className="mt-1 profile-muted">
              <DetentionDates detention={detention} />
            </p>
            {detention.note ? (
              <p lang={langOf(detention.note)} className="mt-1 max-w-prose profile-text">
                {detention.note.text}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </ProfileSection>
  );
}
