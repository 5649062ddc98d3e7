"use client";

import { LocalizedFields } from "@/components/dashboard/form/localized-fields";
import { TextInputField } from "@/components/dashboard/form/text-input-field";

/**
 * The title, address (slug) and summary of a publication or a letter: the same three fields with
 * the same limits in both forms, worded by each form's own messages.
 */
export function TitleSlugSummaryFields({
  labels,
}: {
  labels: { title: string; slug: string; slugHint: string; summary: string; summaryHint?: string };
}) {
  return (
    <>
      <LocalizedFields name="title" label={labels.title} required maxLength={400} />
      <TextInputField
        name="slug"
        label={labels.slug}
        hint={labels.slugHint}
        required
        autoComplete="off"
        spellCheck={false}
        className="max-w-xl"
      />
      <LocalizedFields
        name="summary"
        label={labels.summary}
        hint={labels.summaryHint}
        multiline
        rows={3}
        maxLength={2000}
      />
    </>
  );
}
