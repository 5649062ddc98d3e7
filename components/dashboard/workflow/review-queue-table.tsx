import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import { BulkCheckbox } from "@/components/dashboard/bulk/bulk-checkbox";
import { ReviewPublishForm } from "@/components/dashboard/workflow/review-publish-form";
import { Localized } from "@/components/ui/localized";
import { textLinkClass } from "@/components/ui/text-link";
import { can, type Actor } from "@/lib/auth/policy";
import type { ReviewItemDto } from "@/lib/data/review-queue";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocalizedTextOr } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

interface ReviewQueueTableProps {
  items: ReviewItemDto[];
  actor: Actor;
  locale: Locale;
  /** Adds a box per movable row for the bulk form around the table (review-bulk-form.tsx). */
  selectable?: boolean;
}

const DATE_FORMAT = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
} as const;

/** A row's box for the bulk form: the item with the version this page shows. */
function SelectCell({
  item,
  movable,
  label,
}: {
  item: ReviewItemDto;
  movable: boolean;
  label: string;
}) {
  return (
    <td className="py-3 pe-2">
      {movable ? (
        <BulkCheckbox value={`${item.type}:${item.id}:${item.version}`} srLabel={label} />
      ) : null}
    </td>
  );
}

/**
 * One compact row per item in review: title, kind, who submitted it and when, links to its page
 * (where the full workflow form is), its preview and history, and a one-button publish form. The
 * links are not prefetched: each is a database-backed page, and a page has 25 rows.
 */
export async function ReviewQueueTable({
  items,
  actor,
  locale,
  selectable = false,
}: ReviewQueueTableProps) {
  const [t, tBulk, tEvent, format, messages] = await Promise.all([
    getTranslations("Review"),
    getTranslations("Bulk"),
    getTranslations("ProfileTimeline.eventType"),
    getFormatter(),
    getMessages(),
  ]);
  return (
    // The publish buttons run in the browser: they get the workflow strings, and no others.
    <NextIntlClientProvider messages={{ Workflow: messages.Workflow, Bulk: messages.Bulk }}>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-start text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-400 dark:border-slate-500">
              {selectable ? (
                <th scope="col" className="py-2 pe-2">
                  <span className="sr-only">{tBulk("legend")}</span>
                </th>
              ) : null}
              <th scope="col" className="py-2 pe-3 text-start">
                {t("columns.item")}
              </th>
              <th scope="col" className="py-2 pe-3 text-start">
                {t("columns.submitted")}
              </th>
              <th scope="col" className="py-2 text-start">
                {t("columns.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const fallback = item.eventType ? tEvent(item.eventType) : t("untitled");
              const title = resolveLocalizedTextOr(item.title, locale, fallback);
              const titleId = `review-${item.type}-${item.id}`;
              const date = format.dateTime(new Date(item.submittedAt), DATE_FORMAT);
              const mayPublish =
                item.type !== "event" &&
                can(actor, "publish", { type: item.type, state: "IN_REVIEW" });
              return (
                <tr
                  key={`${item.type}:${item.id}`}
                  className="border-b border-slate-200 align-top dark:border-slate-700"
                >
                  {selectable ? (
                    <SelectCell
                      item={item}
                      movable={mayPublish}
                      label={tBulk("selectRow", { label: title.text })}
                    />
                  ) : null}
                  <th scope="row" className="py-3 pe-3 text-start font-normal">
                    <span className="block text-xs text-slate-700 dark:text-slate-300">
                      {t(`kinds.${item.type}`)}
                    </span>
                    <Link
                      id={titleId}
                      href={item.href}
                      prefetch={false}
                      className={`${textLinkClass} font-semibold`}
                    >
                      <Localized value={title} />
                    </Link>
                    <span className="mt-1 flex flex-wrap gap-3">
                      {item.previewHref ? (
                        <Link href={item.previewHref} prefetch={false} className={textLinkClass}>
                          {t("preview")}
                        </Link>
                      ) : null}
                      {item.historyHref ? (
                        <Link href={item.historyHref} prefetch={false} className={textLinkClass}>
                          {t("history")}
                        </Link>
                      ) : null}
                    </span>
                  </th>
                  <td className="py-3 pe-3">
                    <time dateTime={item.submittedAt}>
                      {t("submittedBy", { date, name: item.submittedBy ?? t("unknown") })}
                    </time>
                  </td>
                  <td className="py-3">
                    {mayPublish && item.type !== "event" ? (
                      <ReviewPublishForm
                        type={item.type}
                        id={item.id}
                        version={item.version}
                        describedBy={titleId}
                      />
                    ) : (
                      <Link
                        href={item.href}
                        prefetch={false}
                        aria-describedby={titleId}
                        className={textLinkClass}
                      >
                        {t("decideOnPage")}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </NextIntlClientProvider>
  );
}
