"use client";

import { useTranslations } from "next-intl";
import { EditorForm, type EditorAction } from "@/components/dashboard/form/editor-form";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { PartialDateField } from "@/components/dashboard/form/partial-date-field";
import { SelectField } from "@/components/dashboard/form/select-field";
import { TextInputField } from "@/components/dashboard/form/text-input-field";
import { DELIVERY_METHODS } from "@/lib/validation/letter";

/**
 * Records one hand-over of the letter: date, recipient, method, a note, and the answer if one
 * came. Saved with the letter's version (a conflict if someone saved the letter meanwhile); the
 * form starts empty again after a save.
 */
export function DeliveryForm({
  action,
  letterId,
  version,
}: {
  action: EditorAction;
  letterId: string;
  version: number;
}) {
  const t = useTranslations("DeliveryExport");
  return (
    <EditorForm
      action={action}
      initialValues={{}}
      version={version}
      idPrefix="delivery"
      compareOnConflict={false}
      saveLabel={t("record.submit")}
    >
      <input type="hidden" name="letterId" value={letterId} />
      <div className="grid gap-4 md:grid-cols-2">
        <PartialDateField
          name="deliveredOn"
          label={t("record.deliveredOn")}
          hint={t("record.dateHint")}
          required
          dayOnly
        />
        <SelectField
          name="method"
          label={t("record.method")}
          placeholder={t("record.methodNone")}
          options={DELIVERY_METHODS.map((method) => ({
            value: method,
            label: t(`methods.${method}`),
          }))}
        />
      </div>
      <TextInputField
        name="recipient"
        label={t("record.recipient")}
        hint={t("record.recipientHint")}
        required
        className="max-w-xl"
      />
      <LocalizedFields name="note" label={t("record.note")} multiline rows={2} maxLength={2000} />
      <PartialDateField
        name="responseReceivedOn"
        label={t("record.responseReceivedOn")}
        hint={t("record.dateHint")}
        dayOnly
      />
      <LocalizedFields
        name="response"
        label={t("record.response")}
        multiline
        rows={3}
        maxLength={2000}
      />
    </EditorForm>
  );
}
