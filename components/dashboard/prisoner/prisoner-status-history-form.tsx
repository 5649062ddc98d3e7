"use client";

import { useTranslations } from "next-intl";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import {
  RemoveRowField,
  RepeatableRows,
  RowIdField,
} from "@/components/dashboard/form/repeatable-rows";
import { SelectField } from "@/components/dashboard/form/select-field";
import { PrisonerCitationRows } from "@/components/dashboard/prisoner/prisoner-citation-rows";
import {
  PrisonerTabForm,
  type PrisonerTabFormProps,
} from "@/components/dashboard/prisoner/prisoner-tab-form";
import type { PrisonerEditorOptions } from "@/lib/data/dashboard-prisoners";
import { PRISONER_STATUSES } from "@/lib/validation/prisoner";

interface Props extends PrisonerTabFormProps {
  options: Pick<PrisonerEditorOptions, "sources">;
}

/**
 * The "Status history" tab: each status the person has had, since when, what happened, and the
 * sources that say so.
 */
export function PrisonerStatusHistoryForm({ options, ...form }: Props) {
  const t = useTranslations("PrisonerEditor");
  const tStatus = useTranslations("PrisonerStatus");
  return (
    <PrisonerTabForm {...form}>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("hints.statusChanges")}</p>
      <RepeatableRows
        name="statusChanges"
        legend={t("fields.statusChanges")}
        addLabel={t("addStatusChange")}
        renderRow={(index) => {
          const row = `statusChanges.${index}`;
          return (
            <div className="flex flex-col gap-4">
              <RowIdField name={row} />
              <div className="grid gap-4 md:grid-cols-2">
                <SelectField
                  name={`${row}.status`}
                  label={t("fields.statusChangeStatus")}
                  placeholder={t("choose")}
                  options={PRISONER_STATUSES.map((value) => ({ value, label: tStatus(value) }))}
                />
                <PartialDateField name={`${row}.effectiveOn`} label={t("fields.effectiveOn")} />
              </div>
              <LocalizedFields name={`${row}.note`} label={t("fields.statusChangeNote")} />
              <PrisonerCitationRows name={`${row}.citations`} sources={options.sources} />
              <RemoveRowField name={row} />
            </div>
          );
        }}
      />
    </PrisonerTabForm>
  );
}
