"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/dashboard/form/checkbox-field";
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

interface Props extends PrisonerTabFormProps {
  options: Pick<PrisonerEditorOptions, "facilities" | "sources">;
}

/**
 * The "Detentions" tab: periods in facilities with their sources; the open one is where the
 * person is now.
 */
export function PrisonerDetentionsForm({ options, ...form }: Props) {
  const t = useTranslations("PrisonerEditor");
  return (
    <PrisonerTabForm {...form}>
      <RepeatableRows
        name="detentions"
        legend={t("fields.detentions")}
        addLabel={t("addDetention")}
        renderRow={(index) => {
          const row = `detentions.${index}`;
          return (
            <div className="flex flex-col gap-4">
              <RowIdField name={row} />
              <SelectField
                name={`${row}.facilityId`}
                label={t("fields.facility")}
                placeholder={t("choose")}
                options={options.facilities}
              />
              <div className="grid gap-4 md:grid-cols-2">
                <PartialDateField name={`${row}.startedOn`} label={t("fields.startedOn")} />
                <PartialDateField
                  name={`${row}.endedOn`}
                  label={t("fields.endedOn")}
                  hint={t("hints.endedOn")}
                />
              </div>
              <LocalizedFields name={`${row}.note`} label={t("fields.detentionNote")} />
              <CheckboxField
                name={`${row}.addressPublic`}
                label={t("fields.addressPublic")}
                hint={t("hints.addressPublic")}
              />
              <PrisonerCitationRows name={`${row}.citations`} sources={options.sources} />
              <RemoveRowField name={row} />
            </div>
          );
        }}
      />
    </PrisonerTabForm>
  );
}
