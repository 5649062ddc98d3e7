"use client";

import { useTranslations } from "next-intl";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { RemoveRowField, RepeatableRows } from "@/components/dashboard/form/repeatable-rows";
import { TextInputField } from "@/components/dashboard/form/text-input-field";

/**
 * A petition's milestones in the letter form: a signature count and what it means per language
 * (`thresholds.0.count`, `thresholds.0.label.en` ...). Saved with the letter (its revision);
 * reaching one is recorded once and e-mailed to the editors (lib/letter-answers).
 */
export function LetterThresholdsFields() {
  const t = useTranslations("LetterAnswerEditor");
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("thresholdsHint")}</p>
      <RepeatableRows
        name="thresholds"
        legend={t("thresholdsLegend")}
        addLabel={t("addThreshold")}
        renderRow={(index) => {
          const row = `thresholds.${index}`;
          return (
            <div className="flex flex-col gap-4">
              <TextInputField
                name={`${row}.count`}
                label={t("thresholdCount")}
                inputMode="numeric"
                autoComplete="off"
                className="max-w-xs"
              />
              <LocalizedFields name={`${row}.label`} label={t("thresholdLabel")} maxLength={200} />
              <RemoveRowField name={row} />
            </div>
          );
        }}
      />
    </div>
  );
}
