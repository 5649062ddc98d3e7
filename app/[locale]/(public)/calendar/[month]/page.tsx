import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarMonthView } from "@/components/calendar/calendar-month-view";
import { getCalendarMonth } from "@/lib/calendar/calendar-month";
import { formatYearMonth, parseYearMonth } from "@/lib/calendar/year-month";
import { localeAlternates } from "@/lib/i18n/metadata";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; month: string }> };

/** One month ("2026-12"), rendered on first request and cached like the other public pages. */
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const month = parseYearMonth((await params).month);
  if (!month) return {};
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Calendar" }),
    getFormatter({ locale }),
  ]);
  const name = format.dateTime(new Date(Date.UTC(month.year, month.month - 1, 1)), {
    month: "long",
    year: "numeric",
  });
  return {
    title: `${t("title")}: ${name}`,
    description: t("lead"),
    alternates: localeAlternates(locale, publicRoutes.calendarMonth(formatYearMonth(month))),
  };
}

export default async function CalendarMonthPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const month = parseYearMonth((await params).month);
  if (!month) notFound();
  return <CalendarMonthView calendar={await getCalendarMonth(month, locale)} />;
}
