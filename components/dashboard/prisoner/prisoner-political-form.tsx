"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/dashboard/form/checkbox-field";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { MultiSelectField } from "@/components/dashboard/form/multi-select-field";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import {
  RemoveRowField,
  RepeatableRows,
  RowIdField,
} from "@/components/dashboard/form/repeatable-rows";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import { FormSection } from "@/components/dashboard/prisoner/form-section";
import { SectionedFormBody } from "@/components/dashboard/toc/sectioned-form-body";
import {
  PrisonerTabForm,
  type PrisonerTabFormProps,
} from "@/components/dashboard/prisoner/prisoner-tab-form";
import type { PrisonerEditorOptions } from "@/lib/data/dashboard-prisoners";
import { PACE_CRITERIA, RECOGNITION_KINDS } from "@/lib/validation/prisoner-political";

interface Props extends PrisonerTabFormProps {
  options: Pick<PrisonerEditorOptions, "sources" | "organisations">;
}

/** The "Why political" tab: PACE criteria assessments and recognitions. */
export function PrisonerPoliticalForm({ options, ...form }: Props) {
  const t = useTranslations("PrisonerEditor");
  const tCriteria = useTranslations("ProfileCriteria");
  return (
    <PrisonerTabForm {...form}>
      <SectionedFormBody
        sections={(["criteria", "recognitions"] as const).map((key) => ({
          id: `section-${key}`,
          title: t(`sections.${key}`),
        }))}
      >
        <FormSection id="section-criteria" title={t("sections.criteria")}>
          <p className="text-slate-700 dark:text-slate-300">{t("hints.criteria")}</p>
          {PACE_CRITERIA.map((criterion) => {
            const name = `assessments.${criterion}`;
            return (
              <fieldset
                key={criterion}
                className="flex flex-col gap-4 rounded-md border border-slate-300 p-4 dark:border-slate-600"
              >
                <legend className="px-1 font-semibold">
                  {tCriteria(`criterion.${criterion}`)}
                </legend>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {tCriteria(`criterionText.${criterion}`)}
                </p>
                <CheckboxField name={`${name}.met`} label={t("fields.criterionMet")} />
                <LocalizedFields
                  name={`${name}.reasoning`}
                  label={t("fields.reasoning")}
                  multiline
                />
                {options.sources.length > 0 ? (
                  <MultiSelectField
                    name={`${name}.sourceIds`}
                    label={t("fields.sources")}
                    hint={t("hints.sources")}
                    options={options.sources}
                  />
                ) : null}
              </fieldset>
            );
          })}
        </FormSection>
        <FormSection id="section-recognitions" title={t("sections.recognitions")}>
          <RepeatableRows
            name="recognitions"
            legend={t("fields.recognitions")}
            addLabel={t("addRecognition")}
            renderRow={(index) => {
              const row = `recognitions.${index}`;
              return (
                <div className="flex flex-col gap-4">
                  <RowIdField name={row} />
                  <div className="grid gap-4 md:grid-cols-3">
                    <SelectField
                      name={`${row}.organisationId`}
                      label={t("fields.organisation")}
                      placeholder={t("choose")}
                      options={options.organisations}
                    />
                    <SelectField
                      name={`${row}.kind`}
                      label={t("fields.recognitionKind")}
                      options={RECOGNITION_KINDS.map((value) => ({
                        value,
                        label: tCriteria(`recognitionKind.${value}`),
                      }))}
                    />
                    <PartialDateField
                      name={`${row}.recognisedOn`}
                      label={t("fields.recognisedOn")}
                      dayOnly
                    />
                  </div>
                  <TextInputField
                    name={`${row}.url`}
                    label={t("fields.recognitionUrl")}
                    type="url"
                    inputMode="url"
                  />
                  <LocalizedFields name={`${row}.note`} label={t("fields.recognitionNote")} />
                  {options.sources.length > 0 ? (
                    <MultiSelectField
                      name={`${row}.sourceIds`}
                      label={t("fields.sources")}
                      hint={t("hints.sources")}
                      options={options.sources}
                    />
                  ) : null}
                  <RemoveRowField name={row} />
                </div>
              );
            }}
          />
        </FormSection>
      </SectionedFormBody>
    </PrisonerTabForm>
  );
}
