"use client";

import { useTranslations } from "next-intl";
import { isRedactedValue } from "@/lib/auth/data-classes";
import type { FormValues } from "@/components/dashboard/form/form-context";

/** One change the other person made, as ConflictError carries it (lib/content-store FieldChange). */
export interface ConflictChange {
  path: string[];
  label?: string;
  before?: unknown;
  after?: unknown;
}

export interface ConflictDetails {
  changes: ConflictChange[];
  changedBy?: string | null;
  /** When the current version was saved (ISO 8601), when known. */
  changedAt?: string | null;
  currentVersion: number;
}

interface ConflictNoticeProps {
  conflict: ConflictDetails;
  /** What the user submitted: their own value is shown next to the other person's. */
  values: FormValues;
  /** A human name for a changed field, e.g. ["name", "en"] → "Name (English)". */
  fieldLabel?: (path: string[]) => string;
}

function display(value: unknown, hidden: string): string {
  if (value === undefined || value === null || value === "") return "—";
  // A sensitive value the reader may not see (lib/content-store/sensitive-fields.ts).
  if (isRedactedValue(value)) return hidden;
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
    return value.join(", ");
  }
  return JSON.stringify(value);
}

/**
 * The form name of a changed field. Rows are identified by id in the change ("cases", "<id>",
 * "court") and by position in the form ("cases.2.court"): the row's hidden id input links them.
 */
function formNameOf(path: string[], values: FormValues): string {
  const segments = [...path];
  for (let index = 1; index < segments.length; index++) {
    const list = segments.slice(0, index).join(".");
    const rowId = segments[index];
    const position = Object.keys(values).find(
      (key) => key.startsWith(`${list}.`) && key.endsWith(".id") && values[key] === rowId,
    );
    if (position) segments[index] = position.slice(list.length + 1, -".id".length);
  }
  return segments.join(".");
}

/**
 * What the other person changed, as the content store reports it (field, their value, the value
 * the user submitted). The conflict panel shows this while the stored version is on its way to
 * the browser, and when the form's own comparison cannot be made.
 */
export function ConflictNotice({ conflict, values, fieldLabel }: ConflictNoticeProps) {
  const t = useTranslations("EditorForm");
  if (conflict.changes.length === 0) return null;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t("conflictCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-amber-700 py-1 pe-3 text-start">
              {t("conflictField")}
            </th>
            <th scope="col" className="border-b border-amber-700 py-1 pe-3 text-start">
              {t("conflictTheirValue")}
            </th>
            <th scope="col" className="border-b border-amber-700 py-1 text-start">
              {t("conflictYourValue")}
            </th>
          </tr>
        </thead>
        <tbody>
          {conflict.changes.map((change) => {
            const name = change.path.join(".");
            const label = [fieldLabel ? fieldLabel(change.path) : name, change.label]
              .filter(Boolean)
              .join(" — ");
            const yours = values[formNameOf(change.path, values)];
            return (
              <tr key={name} className="align-top">
                <th scope="row" className="py-1 pe-3 text-start font-semibold">
                  {label}
                </th>
                <td className="py-1 pe-3 break-words">
                  {display(change.after, t("conflictHiddenSensitive"))}
                </td>
                <td className="py-1 break-words">
                  {yours === undefined
                    ? t("conflictNotInForm")
                    : display(yours, t("conflictHiddenSensitive"))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
