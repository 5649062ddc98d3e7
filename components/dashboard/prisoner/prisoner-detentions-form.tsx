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
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import { PrisonerCitationRows } from "@/components/dashboard/prisoner/prisoner-citation-rows";
import {
  PrisonerTabForm,
  type PrisonerTabFormProps,
} from "@/components/dashboard/prisoner/prisoner-tab-form";
import { FormSection } from "@/components/dashboard/prisoner/form-section";
import { RowSectionHeading } from "@/components/dashboard/toc/row-section-heading";
import { SectionedFormBody } from "@/components/dashboard/toc/sectioned-form-body";
import { useRowSections } from "@/components/dashboard/toc/use-row-sections";
import type { PrisonerEditorOptions } from "@/lib/data/dashboard-prisoners";

/** The values of LetterArrival (written out: the generated enum module is not for the browser). */
const LETTER_ARRIVAL_VALUES = ["UNKNOWN", "ARRIVE", "DO_NOT_ARRIVE"] as const;

interface Props extends PrisonerTabFormProps {
  options: Pick<PrisonerEditorOptions, "facilities" | "sources">;
}

/**
 * The "Detentions" tab: whether letters arrive, then periods in facilities with their sources
 * (the open one is where the person is now); in the table of contents, the letters section and
 * one section per period.
 */
export function PrisonerDetentionsForm({ options, ...form }: Props) {
  return (
    <PrisonerTabForm {...form}>
      <DetentionSections options={options} />
    </PrisonerTabForm>
  );
}

/** The letters section and the periods with their contents; inside the form, for its state. */
function DetentionSections({ options }: Pick<Props, "options">) {
  const t = useTranslations("PrisonerEditor");
  const facilityName = new Map(options.facilities.map((option) => [option.value, option.label]));
  // "IK-2 Minsk, 2021-03 – 2022-01", "IK-2 Minsk, since 2022-01", "Period 2" when blank.
  const periods = useRowSections("detentions", (row) => {
    const start = row.text("startedOn");
    const end = row.text("endedOn");
    const dates = start ? (end ? `${start} – ${end}` : t("toc.since", { start })) : end;
    const facility = facilityName.get(row.text("facilityId")) ?? "";
    const named = [facility, dates].filter(Boolean).join(", ");
    if (!row.stored) return named ? `${t("toc.newDetention")}: ${named}` : t("toc.newDetention");
    return named || t("toc.detention", { number: row.number });
  });
  const letters = { id: "section-letters", title: t("sections.letters") };
  return (
    <SectionedFormBody sections={[letters, ...periods]}>
      <FormSection id={letters.id} title={letters.title}>
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            name="lettersArrive"
            label={t("fields.lettersArrive")}
            hint={t("hints.lettersArrive")}
            options={LETTER_ARRIVAL_VALUES.map((value) => ({
              value,
              label: t(`letterArrivals.${value}`),
            }))}
          />
          <TextInputField
            name="lettersCheckedOn"
            type="date"
            label={t("fields.lettersCheckedOn")}
            hint={t("hints.lettersCheckedOn")}
          />
        </div>
      </FormSection>
      <RepeatableRows
        name="detentions"
        legend={t("fields.detentions")}
        addLabel={t("addDetention")}
        renderRow={(index) => {
          const row = `detentions.${index}`;
          return (
            <div className="flex flex-col gap-4">
              <RowSectionHeading section={periods[index]} />
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
    </SectionedFormBody>
  );
}
