"use client";

import { useTranslations } from "next-intl";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import { RemoveRowField, RepeatableRows } from "@/components/dashboard/form/repeatable-rows";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import type { EditorOption } from "@/lib/data/dashboard-prisoners";
import { SOURCE_CONFIDENCES } from "@/lib/validation/prisoner-sources";

interface Props {
  /** Form name of the list, e.g. "statusChanges.0.citations". */
  name: string;
  sources: EditorOption[];
  /** When given, each row also says which fact it supports (empty: the profile as a whole). */
  supports?: EditorOption[];
}

/**
 * The sources of one item (a status, a detention, the profile): each row cites an existing source
 * or describes a new one in place, with where in it (page, minute). See citationRowSchema.
 */
export function PrisonerCitationRows({ name, sources, supports }: Props) {
  const t = useTranslations("PrisonerEditor");
  const tLevel = useTranslations("ProfileSources.level");
  return (
    <RepeatableRows
      name={name}
      legend={t("fields.citations")}
      addLabel={t("addCitation")}
      renderRow={(index) => {
        const citation = `${name}.${index}`;
        return (
          <div className="flex flex-col gap-4">
            {supports ? (
              <SelectField
                name={`${citation}.field`}
                label={t("fields.supports")}
                placeholder={t("wholeProfile")}
                options={supports}
              />
            ) : null}
            <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
              <SelectField
                name={`${citation}.sourceId`}
                label={t("fields.source")}
                placeholder={t("newSource")}
                options={sources}
              />
              <TextInputField
                name={`${citation}.locator`}
                label={t("fields.locator")}
                hint={t("hints.locator")}
              />
            </div>
            <fieldset className="flex flex-col gap-3">
              <legend className="text-sm font-semibold">{t("newSourceLegend")}</legend>
              <div className="grid gap-4 md:grid-cols-2">
                <TextInputField name={`${citation}.newTitle`} label={t("fields.sourceTitle")} />
                <TextInputField
                  name={`${citation}.newUrl`}
                  label={t("fields.sourceUrl")}
                  type="url"
                  inputMode="url"
                />
                <TextInputField
                  name={`${citation}.newPublisher`}
                  label={t("fields.sourcePublisher")}
                />
                <PartialDateField
                  name={`${citation}.newPublishedOn`}
                  label={t("fields.sourceDate")}
                  dayOnly
                />
                <SelectField
                  name={`${citation}.newConfidence`}
                  label={t("fields.sourceConfidence")}
                  options={SOURCE_CONFIDENCES.map((value) => ({ value, label: tLevel(value) }))}
                />
              </div>
            </fieldset>
            <RemoveRowField name={citation} />
          </div>
        );
      }}
    />
  );
}
