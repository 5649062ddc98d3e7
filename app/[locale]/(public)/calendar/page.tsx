import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarMonthView } from "@/components/calendar/calendar-month-view";
import { getCalendarMonth } from "@/lib/calendar/calendar-month";
import { yearMonthOf } from "@/lib/calendar/year-month";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string }> };

/**
 * This month's calendar: a cached page re-rendered at least hourly, so that on the first of a
 * month it moves on within the hour (its heading names the month, so a late copy is never
 * silently wrong); edits reach it through the `prisoners` tag of its read.
 */
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Calendar" });
  return {
    title: t("title"),
    description: t("lead"),
    alternates: localeAlternates(locale, publicRoutes.calendar()),
  };
}

export default async function CalendarPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const calendar = await getCalendarMonth(yearMonthOf(new Date()), locale);
  return <CalendarMonthView calendar={calendar} />;
}
