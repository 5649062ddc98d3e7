import { getTranslations } from "next-intl/server";
import { DateText } from "@/components/ui/date-text";
import type { ProfileDetentionDto } from "@/lib/data/prisoner-profile";

/**
 * The span of one detention: "1 Sep 2023 – 5 May 2024", "1 Sep 2023 – now", "start unknown –
 * 5 May 2024". Dates stand alone, outside a sentence, so that a month-precise date never has to
 * take a preposition's case in Russian.
 */
export async function DetentionDates({ detention }: { detention: ProfileDetentionDto }) {
  const t = await getTranslations("ProfileDetentions");
  const from = () => (detention.startedOn ? <DateText date={detention.startedOn} /> : null);
  const to = () => (detention.endedOn ? <DateText date={detention.endedOn} /> : null);
  if (detention.startedOn && detention.endedOn) return t.rich("period", { from, to });
  if (detention.startedOn) return t.rich("sinceOngoing", { from });
  if (detention.endedOn) return t.rich("untilOnly", { to });
  return t("datesUnknown");
}
