import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReviewQueueTable } from "@/components/dashboard/workflow/review-queue-table";
import { PageHeader } from "@/components/layout/page-header";
import { requireActor } from "@/lib/auth/session";
import { getReviewQueue } from "@/lib/data/review-queue";
import { getPageLocale } from "@/lib/i18n/page-locale";

interface ReviewPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: ReviewPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Review" });
  return { title: t("metaTitle") };
}

/** Everything submitted for review; editors publish or return it from here. */
export default async function ReviewPage({ params }: ReviewPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const [t, items] = await Promise.all([getTranslations("Review"), getReviewQueue(actor)]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {items.length === 0 ? (
        <p className="text-slate-800 dark:text-slate-200">{t("empty")}</p>
      ) : (
        <ReviewQueueTable items={items} actor={actor} locale={locale} />
      )}
    </>
  );
}
