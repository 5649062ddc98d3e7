import { getFormatter, getTranslations } from "next-intl/server";
import { WorkflowPanel } from "@/components/dashboard/workflow/workflow-panel";
import { Localized } from "@/components/ui/localized";
import { TextLink } from "@/components/ui/text-link";
import type { Actor } from "@/lib/auth/policy";
import type { ReviewItemDto } from "@/lib/data/review-queue";
import { resolveLocalizedTextOr } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { dashboardRoutes } from "@/lib/routes";

interface ReviewQueueTableProps {
  items: ReviewItemDto[];
  actor: Actor;
  locale: Locale;
}

/** The items in review with who submitted them, links to check them, and the workflow panel. */
export async function ReviewQueueTable({ items, actor, locale }: ReviewQueueTableProps) {
  const [t, tHistory, format] = await Promise.all([
    getTranslations("Review"),
    getTranslations("History"),
    getFormatter(),
  ]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-500">
            <th scope="col" className="py-2 pe-3 text-start">
              {t("columns.item")}
            </th>
            <th scope="col" className="py-2 pe-3 text-start">
              {t("columns.author")}
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
            const title = resolveLocalizedTextOr(item.title, locale, t("untitled"));
            const preview = dashboardRoutes.preview(item.type, item.id);
            const date = format.dateTime(new Date(item.submittedAt), {
              day: "numeric",
              month: "long",
              year: "numeric",
            });
            return (
              <tr
                key={`${item.type}:${item.id}`}
                className="border-b border-slate-200 align-top dark:border-slate-700"
              >
                <th scope="row" className="py-3 pe-3 text-start font-normal">
                  <span className="block text-xs text-slate-700 dark:text-slate-300">
                    {tHistory(`types.${item.type}`)}
                  </span>
                  <TextLink
                    href={dashboardRoutes.edit(item.type, item.id)}
                    className="font-semibold"
                  >
                    <Localized value={title} />
                  </TextLink>
                  <span className="mt-1 flex flex-wrap gap-3">
                    {preview ? <TextLink href={preview}>{t("preview")}</TextLink> : null}
                    <TextLink href={dashboardRoutes.history(item.type, item.id)}>
                      {t("history")}
                    </TextLink>
                  </span>
                </th>
                <td className="py-3 pe-3">{item.authorName ?? t("unknown")}</td>
                <td className="py-3 pe-3">
                  <time dateTime={item.submittedAt}>
                    {t("submittedBy", { date, name: item.submittedBy ?? t("unknown") })}
                  </time>
                </td>
                <td className="py-3">
                  <WorkflowPanel
                    type={item.type}
                    id={item.id}
                    state="IN_REVIEW"
                    version={item.version}
                    actor={actor}
                    hideHistoryLink
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
