"use client";

import { useTranslations } from "next-intl";
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
import {
  PrisonerTabForm,
  type PrisonerTabFormProps,
} from "@/components/dashboard/prisoner/prisoner-tab-form";
import { RowSectionHeading } from "@/components/dashboard/toc/row-section-heading";
import { SectionedFormBody } from "@/components/dashboard/toc/sectioned-form-body";
import { useRowSections } from "@/components/dashboard/toc/use-row-sections";
import type { PrisonerEditorOptions } from "@/lib/data/dashboard-prisoners";
import { CASE_STAGES, PENAL_REGIMES, SENTENCE_KINDS } from "@/lib/validation/prisoner-cases";

interface Props extends PrisonerTabFormProps {
  options: Pick<PrisonerEditorOptions, "countries" | "articles" | "sources">;
}

/**
 * The "Cases & charges" tab: each prosecution with its dates, sentence and charges, one section
 * per case in the table of contents.
 */
export function PrisonerCasesForm({ options, ...form }: Props) {
  return (
    <PrisonerTabForm {...form}>
      <CaseRows options={options} />
    </PrisonerTabForm>
  );
}

/** The cases with their contents; inside the form, whose state names the rows. */
function CaseRows({ options }: Pick<Props, "options">) {
  const t = useTranslations("PrisonerEditor");
  const tStage = useTranslations("ProfileCases.stageName");
  const tKind = useTranslations("ProfileSentence.kind");
  const tRegime = useTranslations("ProfileSentence.regimeName");
  // "2-45/2021 — Extremism", or "Case 2" when both are blank; "New case" for a row not saved.
  const sections = useRowSections("cases", (row) => {
    const named = [row.text("caseNumber"), row.localized("title")].filter(Boolean).join(" — ");
    if (!row.stored) return named ? `${t("toc.newCase")}: ${named}` : t("toc.newCase");
    return named || t("toc.case", { number: row.number });
  });
  return (
    <SectionedFormBody sections={sections}>
      <RepeatableRows
        name="cases"
        legend={t("fields.cases")}
        addLabel={t("addCase")}
        renderRow={(index) => {
          const row = `cases.${index}`;
          return (
            <div className="flex flex-col gap-5">
              <RowSectionHeading section={sections[index]} />
              <RowIdField name={row} />
              <div className="grid gap-4 md:grid-cols-3">
                <SelectField
                  name={`${row}.countryCode`}
                  label={t("fields.caseCountry")}
                  placeholder={t("choose")}
                  options={options.countries}
                />
                <TextInputField name={`${row}.caseNumber`} label={t("fields.caseNumber")} />
                <SelectField
                  name={`${row}.stage`}
                  label={t("fields.stage")}
                  options={CASE_STAGES.map((value) => ({ value, label: tStage(value) }))}
                />
              </div>
              <LocalizedFields name={`${row}.title`} label={t("fields.caseTitle")} />
              <LocalizedFields name={`${row}.court`} label={t("fields.court")} />
              <LocalizedFields name={`${row}.courtCity`} label={t("fields.courtCity")} />
              <div className="grid gap-4 md:grid-cols-3">
                <PartialDateField
                  name={`${row}.detainedOn`}
                  label={t("fields.detainedOn")}
                  dayOnly
                />
                <PartialDateField
                  name={`${row}.indictedOn`}
                  label={t("fields.indictedOn")}
                  dayOnly
                />
                <PartialDateField
                  name={`${row}.trialStartedOn`}
                  label={t("fields.trialStartedOn")}
                  dayOnly
                />
                <PartialDateField name={`${row}.verdictOn`} label={t("fields.verdictOn")} dayOnly />
                <PartialDateField
                  name={`${row}.appealDecidedOn`}
                  label={t("fields.appealDecidedOn")}
                  dayOnly
                />
                <PartialDateField
                  name={`${row}.expectedReleaseOn`}
                  label={t("fields.expectedReleaseOn")}
                  dayOnly
                />
              </div>
              <LocalizedFields name={`${row}.appealOutcome`} label={t("fields.appealOutcome")} />
              <div className="grid gap-4 md:grid-cols-3">
                <SelectField
                  name={`${row}.sentenceKind`}
                  label={t("fields.sentenceKind")}
                  placeholder={t("notSpecified")}
                  options={SENTENCE_KINDS.map((value) => ({ value, label: tKind(value) }))}
                />
                <TextInputField
                  name={`${row}.sentenceMonths`}
                  label={t("fields.sentenceMonths")}
                  hint={t("hints.sentenceMonths")}
                  inputMode="numeric"
                />
                <SelectField
                  name={`${row}.regime`}
                  label={t("fields.regime")}
                  placeholder={t("notSpecified")}
                  options={PENAL_REGIMES.map((value) => ({ value, label: tRegime(value) }))}
                />
              </div>
              <LocalizedFields
                name={`${row}.sentenceNote`}
                label={t("fields.sentenceNote")}
                multiline
              />
              <LocalizedFields name={`${row}.notes`} label={t("fields.notes")} multiline />
              {options.sources.length > 0 ? (
                <MultiSelectField
                  name={`${row}.sourceIds`}
                  label={t("fields.sources")}
                  hint={t("hints.sources")}
                  options={options.sources}
                />
              ) : null}
              <CaseCharges row={row} articles={options.articles} />
              <RemoveRowField name={row} />
            </div>
          );
        }}
      />
    </SectionedFormBody>
  );
}

/** The charges of one case, each an article of a criminal code with a note. */
function CaseCharges({
  row,
  articles,
}: {
  row: string;
  articles: PrisonerEditorOptions["articles"];
}) {
  const t = useTranslations("PrisonerEditor");
  return (
    <RepeatableRows
      name={`${row}.charges`}
      legend={t("fields.charges")}
      addLabel={t("addCharge")}
      renderRow={(chargeIndex) => {
        const charge = `${row}.charges.${chargeIndex}`;
        return (
          <div className="flex flex-col gap-4">
            <RowIdField name={charge} />
            <SelectField
              name={`${charge}.articleId`}
              label={t("fields.article")}
              placeholder={t("choose")}
              options={articles}
            />
            <LocalizedFields name={`${charge}.note`} label={t("fields.chargeNote")} />
            <RemoveRowField name={charge} />
          </div>
        );
      }}
    />
  );
}
