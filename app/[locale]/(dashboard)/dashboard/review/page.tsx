import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BulkClientMessages } from "@/components/dashboard/bulk/bulk-client-messages";
import { ReviewBulkForm } from "@/components/dashboard/workflow/review-bulk-form";
import { ReviewQueueTable } from "@/components/dashboard/workflow/review-queue-table";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listReviewQueue, type ReviewQueueOrder } from "@/lib/data/review-queue";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { dashboardRoutes } from "@/lib/routes";

interface ReviewPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: ReviewPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Review" });
  return { title: t("metaTitle") };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Everything submitted for review, newest first, a page at a time; decisions on each item's page. */
export default async function ReviewPage({ params, searchParams }: ReviewPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const search = await searchParams;
  const order: ReviewQueueOrder = first(search.order) === "oldest" ? "oldest" : "newest";
  const requested = Number(first(search.page));
  const [t, queue] = await Promise.all([
    getTranslations("Review"),
    listReviewQueue(actor, { page: Number.isFinite(requested) ? requested : 1, order }),
  ]);
  // Editors and administrators decide in bulk; the queue lists contributors nothing to decide.
  const mayBulk = can(actor, "publish", { type: "prisoner", state: "IN_REVIEW" });
  const orderQuery: Record<string, string> = order === "oldest" ? { order } : {};
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <p role="status" className="font-semibold text-slate-900 dark:text-slate-50">
          {t("total", { count: queue.total })}
        </p>
        {queue.total > 1 ? (
          <nav aria-label={t("orderLabel")} className="flex gap-4 text-sm">
            {(["newest", "oldest"] as const).map((option) => (
              <Link
                key={option}
                href={{
                  pathname: dashboardRoutes.review(),
                  query: option === "oldest" ? { order: option } : {},
                }}
                prefetch={false}
                aria-current={option === order ? "true" : undefined}
                className={option === order ? "font-semibold" : "text-link"}
              >
                {t(option === "oldest" ? "orderOldest" : "orderNewest")}
              </Link>
            ))}
          </nav>
        ) : null}
      </div>
      {mayBulk ? (
        // Rendered even when the queue is empty, so that the result of the batch that emptied
        // it stays on the page.
        <BulkClientMessages namespaces={["Review"]}>
          <ReviewBulkForm matchingCount={queue.movableTotal} empty={queue.movableTotal === 0}>
            {queue.items.length === 0 ? (
              <p className="text-slate-800 dark:text-slate-200">{t("empty")}</p>
            ) : (
              <ReviewQueueTable items={queue.items} actor={actor} locale={locale} selectable />
            )}
          </ReviewBulkForm>
        </BulkClientMessages>
      ) : queue.items.length === 0 ? (
        <p className="text-slate-800 dark:text-slate-200">{t("empty")}</p>
      ) : (
        <ReviewQueueTable items={queue.items} actor={actor} locale={locale} />
      )}
      <Pagination
        basePath={dashboardRoutes.review()}
        page={queue.page}
        pageCount={queue.pageCount}
        total={queue.total}
        pageSize={queue.pageSize}
        query={orderQuery}
        prefetch={false}
      />
    </>
  );
}
