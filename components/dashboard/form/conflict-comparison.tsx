"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { differingFields, type MergeChoice } from "@/components/dashboard/form/conflict-merge";
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
  /** The differing fields, in form order. */
  names: string[];
  labelOf: (name: string) => string;
  show: (value: FormValue | undefined, name: string) => string;
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
  const show = (value: FormValue | undefined, name: string) =>
    displayFormValue(value, describe(name), words);
  const labelOf = (name: string) => {
    const label = (fieldLabel ? fieldLabel(name.split(".")) : null) ?? describe(name).label ?? name;
    // Rows of a repeatable list have the same labels: the row number tells them apart.
    const row = /\.(\d+)\./.exec(name);
    return row ? `${label} — ${t("rowLabel", { number: Number(row[1]) + 1 })}` : label;
  };
  // The same text stored in two spellings (a rich-text document serialised differently) is no
  // difference to the editor.
  const names = theirs
    ? differingFields(mine, theirs).filter(
        (name) => show(theirs[name], name) !== show(mine[name], name),
      )
    : [];
  return { names, labelOf, show };
}

interface ConflictComparisonProps {
  id: string;
  comparison: Comparison;
  mine: FormValues;
  theirs: FormValues;
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
  mine,
  theirs,
  version,
  choices,
  onChoose,
}: ConflictComparisonProps) {
  const t = useTranslations("EditorForm");
  const { names, labelOf, show } = comparison;
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
          {names.map((name, index) => (
            <tr key={name} className="align-top">
              <th scope="row" className="py-1 pe-3 text-start font-semibold">
                {labelOf(name)}
              </th>
              <td className="py-1 pe-3 break-words whitespace-pre-wrap">
                {show(theirs[name], name)}
              </td>
              <td className="py-1 pe-3 break-words whitespace-pre-wrap">
                {show(mine[name], name)}
              </td>
              {choices ? (
                <td className="py-1">
                  <fieldset className="flex flex-wrap gap-3">
                    <legend className="sr-only">
                      {t("conflictChoiceLegend", { field: labelOf(name) })}
                    </legend>
                    {(["mine", "theirs"] as const).map((choice) => (
                      <label key={choice} className="inline-flex min-h-11 items-center gap-1">
                        <input
                          type="radio"
                          name={`${id}-choice-${index}`}
                          value={choice}
                          checked={(choices[name] ?? "mine") === choice}
                          onChange={() => onChoose(name, choice)}
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
