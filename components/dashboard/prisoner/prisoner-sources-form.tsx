"use client";

import { useTranslations } from "next-intl";
import { PrisonerCitationRows } from "@/components/dashboard/prisoner/prisoner-citation-rows";
import {
  PrisonerTabForm,
  type PrisonerTabFormProps,
} from "@/components/dashboard/prisoner/prisoner-tab-form";
import type { PrisonerEditorOptions } from "@/lib/data/dashboard-prisoners";
import { PROFILE_CITATION_FIELDS } from "@/lib/validation/prisoner-profile-citations";

interface Props extends PrisonerTabFormProps {
  options: Pick<PrisonerEditorOptions, "sources">;
}

/**
 * The "Sources" tab: the sources of the profile itself. Each supports the profile as a whole or
 * one fact of it; the public page numbers a fact's sources next to that fact.
 */
export function PrisonerSourcesForm({ options, ...form }: Props) {
  const t = useTranslations("PrisonerEditor");
  return (
    <PrisonerTabForm {...form}>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("hints.profileCitations")}</p>
      <PrisonerCitationRows
        name="citations"
        sources={options.sources}
        supports={PROFILE_CITATION_FIELDS.map((value) => ({
          value,
          label: t(`fields.${value}`),
        }))}
      />
    </PrisonerTabForm>
  );
}
