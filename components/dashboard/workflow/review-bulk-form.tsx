"use client";

import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { BulkForm } from "@/components/dashboard/bulk/bulk-form";
import { TextareaField } from "@/components/dashboard/form/textarea-field";
import { bulkReview } from "@/lib/actions/content/bulk-review";

/**
 * The review queue's bulk form around its table (editors and administrators; the page renders
 * it only for them): tick items (or everything in review), then publish them or return them to
 * draft with a note, confirmed with the count (components/dashboard/bulk).
 */
export function ReviewBulkForm({
  matchingCount,
  empty,
  children,
}: {
  matchingCount: number;
  /** Nothing left to decide here (the last items were just moved): keep only the result. */
  empty: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("Bulk.review");
  const locale = useLocale();
  return (
    <BulkForm
      action={bulkReview}
      idPrefix="review-bulk-"
      hidden={{ locale }}
      matchingCount={matchingCount}
      empty={empty}
      operations={[
        { op: "publish", label: t("publish") },
        { op: "return", label: t("return"), variant: "secondary" },
      ]}
      fields={
        <TextareaField
          name="note"
          label={t("note")}
          hint={t("noteHint")}
          maxLength={1000}
          rows={2}
          className="max-w-2xl"
        />
      }
    >
      {children}
    </BulkForm>
  );
}
