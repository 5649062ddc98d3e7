"use client";

import { useTranslations } from "next-intl";
import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import {
  RemoveRowField,
  RepeatableRows,
  RowIdField,
} from "@/components/dashboard/form/repeatable-rows";
import { SelectField } from "@/components/dashboard/form/select-field";
import type { PublicationEditorOptions } from "@/lib/data/dashboard-publications";

/** A publication's PDF files: one row per file, chosen from the media library, with its title. */
export function PublicationAttachmentsField({ pdfs }: { pdfs: PublicationEditorOptions["pdfs"] }) {
  const t = useTranslations("ContentEditor");
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("fields.attachmentsHint")}</p>
      <RepeatableRows
        name="attachments"
        legend={t("fields.attachments")}
        addLabel={t("fields.addAttachment")}
        renderRow={(index) => {
          const row = `attachments.${index}`;
          return (
            <div className="flex flex-col gap-4">
              <RowIdField name={row} />
              <SelectField
                name={`${row}.assetId`}
                label={t("fields.attachmentFile")}
                placeholder={t("fields.attachmentChoose")}
                options={pdfs.map((pdf) => ({ value: pdf.id, label: pdf.filename }))}
                className="max-w-xl"
              />
              <LocalizedFields
                name={`${row}.title`}
                label={t("fields.attachmentTitle")}
                maxLength={200}
              />
              <RemoveRowField name={row} />
            </div>
          );
        }}
      />
    </div>
  );
}
