"use client";

import { useTranslations } from "next-intl";
import { formValueList, type FormValues } from "@/lib/actions/staff-action-state";
import { defaultMergeFields } from "@/lib/import/import-decisions";
import type { ImportRowPreview } from "@/lib/import/import-preview-types";

interface ImportMergeFieldsProps {
  row: ImportRowPreview;
  duplicate: ImportRowPreview["existingDuplicates"][number];
  /** What the editor submitted last time, so their choices survive a re-render with errors. */
  echo: FormValues | null;
}

/**
 * For a row that matches an existing profile: each field whose values differ, the file's value
 * beside the profile's, and a checkbox that takes the file's value into the profile on merge.
 */
export function ImportMergeFields({ row, duplicate, echo }: ImportMergeFieldsProps) {
  const t = useTranslations("Import.preview");
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-semibold">{t("mergeFields", { name: duplicate.name })}</legend>
      <table className="w-full text-start text-sm">
        <thead>
          <tr>
            <th scope="col" className="p-1 text-start">
              {t("fieldColumn")}
            </th>
            <th scope="col" className="p-1 text-start">
              {t("fileValue")}
            </th>
            <th scope="col" className="p-1 text-start">
              {t("existingValue")}
            </th>
          </tr>
        </thead>
        <tbody>
          {duplicate.comparisons.map((comparison) => {
            const name = `fields.${row.index}.${duplicate.id}`;
            const id = `${name}.${comparison.path}`.replace(/[^A-Za-z0-9_-]/g, "-");
            const checked = echo
              ? formValueList(echo, name).includes(comparison.path)
              : defaultMergeFields(duplicate).includes(comparison.path);
            return (
              <tr key={comparison.path} className="border-t border-slate-200 dark:border-slate-700">
                <td className="p-1">
                  <span className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      name={name}
                      value={comparison.path}
                      id={id}
                      defaultChecked={checked}
                      className="size-5 accent-accent-700 dark:accent-accent-300"
                    />
                    <label htmlFor={id} className="font-mono">
                      {comparison.column}
                    </label>
                  </span>
                </td>
                <td className="p-1">{comparison.incoming}</td>
                <td className="p-1">{comparison.existing || t("empty")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
