"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import {
  differences,
  type Difference,
  type MergeChoice,
} from "@/components/dashboard/form/conflict-merge";
import { rowsOf } from "@/components/dashboard/form/conflict-rows";
import {
  describeFormField,
  displayFormValue,
  type FormFieldDescription,
} from "@/components/dashboard/form/describe-form-field";
import type { FormValue, FormValues } from "@/lib/actions/staff-action-state";

const NO_DESCRIPTION: FormFieldDescription = {
  label: null,
  options: {},
  lone: false,
  richText: false,
};

function subscribeToNothing(): () => void {
  return () => {};
}

/** False on the server and while hydrating, true in the browser once the page is interactive. */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

export interface Comparison {
  /** What differs, in form order: fields, and rows only one version has. */
  differences: Difference[];
  labelOf: (difference: Difference) => string;
  /** A side's value of the difference in the form's words ("(none)" for a missing row). */
  show: (difference: Difference, side: MergeChoice) => string;
}

/**
 * The fields that differ between the two versions, named and shown in the form's own words. The
 * words are read from the rendered form, so only in the browser (the server renders form names).
 */
export function useComparison(
  formId: string,
  mine: FormValues,
  theirs: FormValues | null,
  fieldLabel?: (path: string[]) => string,
): Comparison {
  const t = useTranslations("EditorForm");
  const inBrowser = useInBrowser();
  const form = inBrowser ? document.getElementById(formId) : null;
  const found = form instanceof HTMLFormElement ? form : null;
  const describe = (name: string) => (found ? describeFormField(found, name) : NO_DESCRIPTION);
  const words = {
    empty: t("conflictEmpty"),
    ticked: t("conflictTicked"),
    notTicked: t("conflictNotTicked"),
  };
  const showValue = (value: FormValue | undefined, name: string) =>
    displayFormValue(value, describe(name), words);
  const fieldLabelOf = (name: string) =>
    (fieldLabel ? fieldLabel(name.split(".")) : null) ?? describe(name).label ?? name;
  const show = (difference: Difference, side: MergeChoice): string => {
    const values = side === "mine" ? mine : (theirs ?? {});
    const name = side === "mine" ? difference.mineName : difference.theirsName;
    if (name === null) return t("conflictNoRow");
    const row = difference.row;
    if (!row) return showValue(values[name], name);
    // A whole row: its filled-in fields, named as the form names them in its first row.
    const fields = rowsOf(values).get(row.list)?.get(row.index) ?? {};
    const parts = Object.entries(fields).flatMap(([field, value]) => {
      if (/(^|\.)(id|remove)$/.test(field)) return [];
      const template = `${row.list}.0.${field}`;
      const shown = showValue(value, template);
      return shown === words.empty ? [] : [`${fieldLabelOf(template)}: ${shown}`];
    });
    return parts.length > 0 ? parts.join("\n") : words.empty;
  };
  const labelOf = (difference: Difference) => {
    const row = difference.row;
    if (row) {
      const list = fieldLabel?.([row.list]) ?? describe(`${row.list}Count`).label ?? row.list;
      const change =
        row.side === "theirs"
          ? "conflictRowAddedTheirs"
          : row.removedByOther
            ? "conflictRowRemovedTheirs"
            : "conflictRowAddedMine";
      return t(change, { list });
    }
    const name = difference.mineName!;
    const label = fieldLabelOf(name);
    // Rows of a repeatable list have the same labels: the row number tells them apart.
    const number = /\.(\d+)\./.exec(name);
    return number ? `${label} — ${t("rowLabel", { number: Number(number[1]) + 1 })}` : label;
  };
  // The same text stored in two spellings (a rich-text document serialised differently) is no
  // difference to the editor.
  const listed = theirs
    ? differences(mine, theirs).filter(
        (difference) =>
          difference.row !== undefined || show(difference, "theirs") !== show(difference, "mine"),
      )
    : [];
  return { differences: listed, labelOf, show };
}

interface ConflictComparisonProps {
  id: string;
  comparison: Comparison;
  version: number;
  /** Null once the editor took their version: no choice left to make, only what was discarded. */
  choices: Record<string, MergeChoice> | null;
  onChoose: (name: string, choice: MergeChoice) => void;
}

const headClass = "border-b border-amber-700 py-1 pe-3 text-start";

/** Both versions side by side, one row per differing field, with a choice per row for a merge. */
export function ConflictComparison({
  id,
  comparison,
  version,
  choices,
  onChoose,
}: ConflictComparisonProps) {
  const t = useTranslations("EditorForm");
  const { differences: found, labelOf, show } = comparison;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t("conflictCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>
              {t("conflictField")}
            </th>
            <th scope="col" className={headClass}>
              {t("conflictTheirVersion", { version })}
            </th>
            <th scope="col" className={headClass}>
              {choices ? t("conflictYours") : t("conflictYoursDiscarded")}
            </th>
            {choices ? (
              <th scope="col" className={headClass}>
                {t("conflictKeepColumn")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {found.map((difference, index) => (
            <tr key={difference.key} className="align-top" data-testid="conflict-row">
              <th scope="row" className="py-1 pe-3 text-start font-semibold">
                {labelOf(difference)}
              </th>
              <td className="py-1 pe-3 break-words whitespace-pre-wrap">
                {show(difference, "theirs")}
              </td>
              <td className="py-1 pe-3 break-words whitespace-pre-wrap">
                {show(difference, "mine")}
              </td>
              {choices ? (
                <td className="py-1">
                  <fieldset className="flex flex-wrap gap-3">
                    <legend className="sr-only">
                      {t("conflictChoiceLegend", { field: labelOf(difference) })}
                    </legend>
                    {(["mine", "theirs"] as const).map((choice) => (
                      <label key={choice} className="inline-flex min-h-11 items-center gap-1">
                        <input
                          type="radio"
                          name={`${id}-choice-${index}`}
                          value={choice}
                          checked={(choices[difference.key] ?? "mine") === choice}
                          onChange={() => onChoose(difference.key, choice)}
                        />
                        {choice === "mine" ? t("conflictChooseMine") : t("conflictChooseTheirs")}
                      </label>
                    ))}
                  </fieldset>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
