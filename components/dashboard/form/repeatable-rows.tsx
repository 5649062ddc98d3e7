"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/dashboard/form/checkbox-field";
import { useFieldState, useRowCount } from "@/components/dashboard/form/form-context";

interface RepeatableRowsProps {
  /** Form name of the list, e.g. "nameVariants": rows submit `nameVariants.0.value` etc. */
  name: string;
  legend: ReactNode;
  /** Renders row `index`; fields inside name themselves `${name}.${index}.<field>`. */
  renderRow: (index: number) => ReactNode;
  addLabel?: ReactNode;
}

/**
 * A list of rows edited in one form (name variants, cases, detentions). It works without
 * JavaScript: the page renders every existing row plus empty ones, and "add another" is a submit
 * button (`intent=add:<name>`) that the server answers with the same values and one more empty
 * row, without saving. How many rows to show comes from the form state (useRowCount). An empty
 * row is ignored on save; a row is removed with its "remove" checkbox (RemoveRowField).
 */
export function RepeatableRows({ name, legend, renderRow, addLabel }: RepeatableRowsProps) {
  const t = useTranslations("EditorForm");
  const count = useRowCount(name);
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-lg font-semibold text-slate-900 dark:text-slate-100">{legend}</legend>
      <input type="hidden" name={`${name}Count`} value={count} />
      <ol className="flex flex-col gap-4">
        {Array.from({ length: count }, (_, index) => (
          <li
            key={index}
            className="rounded-md border border-slate-300 p-4 dark:border-slate-600"
            aria-label={t("rowLabel", { number: index + 1 })}
          >
            {renderRow(index)}
          </li>
        ))}
      </ol>
      <div>
        <Button type="submit" variant="secondary" name="intent" value={`add:${name}`}>
          {addLabel ?? t("addRow")}
        </Button>
      </div>
    </fieldset>
  );
}

/** The "remove this row" box of a row: a removed row is deleted on save. */
export function RemoveRowField({ name }: { name: string }) {
  const t = useTranslations("EditorForm");
  return <CheckboxField name={`${name}.remove`} label={t("removeRow")} />;
}

/** The hidden id of a stored row, so that saving updates it instead of adding a new one. */
export function RowIdField({ name }: { name: string }) {
  const field = useFieldState(`${name}.id`);
  return field.value ? <input type="hidden" name={`${name}.id`} value={field.value} /> : null;
}
