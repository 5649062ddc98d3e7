import { diffWordsWithSpace } from "diff";
import { getTranslations } from "next-intl/server";
import { historyFieldWords } from "@/components/dashboard/history/field-words";
import {
  fieldPathLabel,
  formatSnapshotValue,
  rowLabelText,
} from "@/components/dashboard/history/format-value";
import type { RevisionComparisonDto } from "@/lib/data/revisions";

const insClass =
  "rounded-sm bg-green-100 text-green-950 no-underline decoration-2 dark:bg-green-900 dark:text-green-50";
const delClass = "rounded-sm bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50";

/**
 * The changes between two revisions side by side: one row per changed field, the older value on
 * the left, the newer on the right. Where both are text, the removed words are struck through on
 * the left and the added words marked on the right (<del>/<ins>, which screen readers announce),
 * so a one-word correction in a long biography is found at a glance.
 */
export async function RevisionDiff({ comparison }: { comparison: RevisionComparisonDto }) {
  const t = await getTranslations("History");
  const words = await historyFieldWords(comparison.names);
  if (comparison.changes.length === 0) {
    return <p className="text-slate-800 dark:text-slate-200">{t("noChanges")}</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t("diffCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-400 dark:border-slate-500">
            <th scope="col" className="w-1/4 py-2 pe-3 text-start">
              {t("diffField")}
            </th>
            <th scope="col" className="py-2 pe-3 text-start">
              {t("diffBefore", { number: comparison.from })}
            </th>
            <th scope="col" className="py-2 text-start">
              {t("diffAfter", { number: comparison.to })}
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.changes.map((change) => {
            const key = change.path.join(".");
            const before = formatSnapshotValue(change.before, words, {
              key: change.key,
              precision: change.precision?.before,
            });
            const after = formatSnapshotValue(change.after, words, {
              key: change.key,
              precision: change.precision?.after,
            });
            // Words are compared in free text only: a label, a name or a date is one value.
            const textual = before === change.before && after === change.after;
            // With spaces as tokens, each side puts back exactly the text that was saved.
            const parts = textual ? diffWordsWithSpace(before, after) : null;
            return (
              <tr key={key} className="border-b border-slate-200 align-top dark:border-slate-700">
                <th scope="row" className="py-2 pe-3 text-start font-semibold">
                  {fieldPathLabel(
                    change.path,
                    rowLabelText(change.rowLabel, words) ?? change.label,
                    words.fieldName,
                  ) || key}
                  {change.before === undefined ? (
                    <span className="block text-xs font-normal">{t("added")}</span>
                  ) : change.after === undefined ? (
                    <span className="block text-xs font-normal">{t("removed")}</span>
                  ) : change.rowLabel ? (
                    // A field of a row in a list: the row itself stays, one of its fields changed.
                    <span className="block text-xs font-normal">{t("changed")}</span>
                  ) : null}
                </th>
                <td className="py-2 pe-3 break-words whitespace-pre-line">
                  {parts
                    ? parts
                        .filter((part) => !part.added)
                        .map((part, index) =>
                          part.removed ? (
                            <del key={index} className={delClass}>
                              {part.value}
                            </del>
                          ) : (
                            <span key={index}>{part.value}</span>
                          ),
                        )
                    : before}
                </td>
                <td className="py-2 break-words whitespace-pre-line">
                  {parts
                    ? parts
                        .filter((part) => !part.removed)
                        .map((part, index) =>
                          part.added ? (
                            <ins key={index} className={insClass}>
                              {part.value}
                            </ins>
                          ) : (
                            <span key={index}>{part.value}</span>
                          ),
                        )
                    : after}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
