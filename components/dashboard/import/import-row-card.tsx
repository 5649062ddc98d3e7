"use client";

import { useTranslations } from "next-intl";
import { ImportMergeFields } from "@/components/dashboard/import/import-merge-fields";
import { Badge } from "@/components/ui/badge";
import { formValue, type FormValues } from "@/lib/actions/staff-action-state";
import { decisionValue, defaultDecision } from "@/lib/import/import-decisions";
import type { ImportRowPreview } from "@/lib/import/import-preview-types";

const selectClass =
  "block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-400 dark:bg-slate-950 dark:text-slate-100";

/** One row of the preview: its problems or its duplicates, and what to do with it. */
export function ImportRowCard({ row, echo }: { row: ImportRowPreview; echo: FormValues | null }) {
  const t = useTranslations("Import.preview");
  const tAll = useTranslations();
  const errorText = (error: ImportRowPreview["errors"][number]) => {
    const key = (
      error.source === "schema"
        ? `EditorForm.errors.${error.code}`
        : `Import.rowErrors.${error.code}`
    ) as never;
    return tAll.has(key) ? tAll(key) : error.code;
  };
  const decisionName = `decision.${row.index}`;
  const chosen = (echo && formValue(echo, decisionName)) || decisionValue(defaultDecision(row));
  const invalid = row.errors.length > 0;
  const headingId = `import-row-${row.index}`;

  return (
    <li
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-md border border-slate-300 p-4 dark:border-slate-600"
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={headingId} className="text-lg font-semibold">
          {t("line")} {row.line}: {row.displayName || "—"}
        </h3>
        {invalid ? (
          <Badge tone="danger">{t("problems")}</Badge>
        ) : (
          <>
            <Badge tone="success">{t("valid")}</Badge>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {t("address", { slug: row.slug })}
            </span>
          </>
        )}
      </div>

      {invalid ? (
        <ul className="list-disc ps-5 text-red-800 dark:text-red-300">
          {row.errors.map((error, index) => (
            <li key={index}>
              {error.column
                ? t("errorAt", { column: error.column, message: errorText(error) })
                : errorText(error)}
            </li>
          ))}
        </ul>
      ) : null}

      {row.duplicateOfLines.length > 0 ? (
        <p className="font-medium text-amber-900 dark:text-amber-200">
          {t("duplicateInFile", {
            lines: row.duplicateOfLines.length,
            list: row.duplicateOfLines.join(", "),
          })}
        </p>
      ) : null}

      {row.existingDuplicates.map((duplicate) => (
        <div key={duplicate.id} className="flex flex-col gap-2">
          <p className="font-medium text-amber-900 dark:text-amber-200">
            {t("duplicateExisting", {
              name: duplicate.name,
              slug: duplicate.slug,
              state: duplicate.state,
            })}
            {duplicate.birthYear ? `, ${t("bornIn", { year: duplicate.birthYear })}` : null}
          </p>
          {!invalid ? (
            duplicate.comparisons.length > 0 ? (
              <ImportMergeFields row={row} duplicate={duplicate} echo={echo} />
            ) : (
              <p className="text-sm">{t("nothingToMerge")}</p>
            )
          ) : null}
        </div>
      ))}

      {!invalid ? (
        <div className="flex max-w-xl flex-col gap-1.5">
          <label htmlFor={`import-decision-${row.index}`} className="font-semibold">
            {t("decisionLabel", { line: row.line })}
          </label>
          <select
            id={`import-decision-${row.index}`}
            name={decisionName}
            defaultValue={chosen}
            className={selectClass}
          >
            <option value="create">{t("create")}</option>
            <option value="skip">{t("skip")}</option>
            {row.existingDuplicates.map((duplicate) => (
              <option
                key={duplicate.id}
                value={decisionValue({
                  action: "merge",
                  targetId: duplicate.id,
                  expectedVersion: duplicate.version,
                  fields: [],
                })}
              >
                {t("merge", { name: duplicate.name, slug: duplicate.slug })}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name={decisionName} value="skip" />
      )}
    </li>
  );
}
