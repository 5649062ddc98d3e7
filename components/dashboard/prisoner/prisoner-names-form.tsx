"use client";

import { useTranslations } from "next-intl";
import {
  RemoveRowField,
  RepeatableRows,
  RowIdField,
} from "@/components/dashboard/form/repeatable-rows";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import {
  PrisonerTabForm,
  type PrisonerTabFormProps,
} from "@/components/dashboard/prisoner/prisoner-tab-form";
import { NAME_SCRIPTS, NAME_VARIANT_KINDS } from "@/lib/validation/prisoner-names";

/** The "Names" tab: other spellings of the name, one row each. */
export function PrisonerNamesForm(form: PrisonerTabFormProps) {
  const t = useTranslations("PrisonerEditor");
  return (
    <PrisonerTabForm {...form}>
      <RepeatableRows
        name="nameVariants"
        legend={t("fields.nameVariants")}
        addLabel={t("addNameVariant")}
        renderRow={(index) => {
          const row = `nameVariants.${index}`;
          return (
            <div className="grid gap-4 md:grid-cols-[2fr_1fr_1fr_1fr] md:items-start">
              <RowIdField name={row} />
              <TextInputField name={`${row}.value`} label={t("fields.value")} autoComplete="off" />
              <SelectField
                name={`${row}.script`}
                label={t("fields.script")}
                options={NAME_SCRIPTS.map((value) => ({ value, label: t(`scripts.${value}`) }))}
              />
              <SelectField
                name={`${row}.kind`}
                label={t("fields.kind")}
                options={NAME_VARIANT_KINDS.map((value) => ({
                  value,
                  label: t(`nameKinds.${value}`),
                }))}
              />
              <TextInputField
                name={`${row}.lang`}
                label={t("fields.lang")}
                hint={t("hints.lang")}
                autoComplete="off"
                maxLength={20}
              />
              <div className="md:col-span-4">
                <RemoveRowField name={row} />
              </div>
            </div>
          );
        }}
      />
    </PrisonerTabForm>
  );
}
