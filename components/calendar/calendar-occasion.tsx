import { getTranslations } from "next-intl/server";
import type { CalendarEntryDto } from "@/lib/calendar/calendar-month";

/** What the day marks: "Birthday: turns 45", "3 years in detention", "2,000 days in detention". */
export async function CalendarOccasion({ entry }: { entry: CalendarEntryDto }) {
  const t = await getTranslations("Calendar");
  switch (entry.kind) {
    case "birthday":
      return <>{t("birthday", { age: entry.count })}</>;
    case "detentionYears":
      return <>{t("detentionYears", { count: entry.count })}</>;
    case "detentionDays":
      return <>{t("detentionDays", { count: entry.count })}</>;
  }
}
