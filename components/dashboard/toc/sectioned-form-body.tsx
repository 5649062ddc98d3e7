"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormToc, type TocSection } from "@/components/dashboard/toc/form-toc";
import type editorMessages from "@/lib/i18n/messages/features/editor.en.json";

/** The section names shared by the content forms (EditorForm.sections), headed `section-<key>`. */
export type StandardSection = keyof (typeof editorMessages)["EditorForm"]["sections"];

interface SectionedFormBodyProps {
  /** A form's own sections, or the shared ones by name. */
  sections: readonly (TocSection | StandardSection)[];
  children: ReactNode;
}

/**
 * A long editor form's fields, grouped in FormSections, with a table of contents: above the
 * fields on narrower screens, and from `xl` up in a column on their left that stays in view while
 * the fields scroll (the fields keep their EN | RU columns beside it). The TOC comes first in
 * the document, as it comes first on the screen.
 */
export function SectionedFormBody({ sections, children }: SectionedFormBodyProps) {
  const t = useTranslations("EditorForm");
  return (
    <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[11rem_minmax(0,1fr)] xl:items-start xl:gap-8">
      <FormToc
        label={t("tocLabel")}
        sections={sections.map((section) =>
          typeof section === "string"
            ? { id: `section-${section}`, title: t(`sections.${section}`) }
            : section,
        )}
        className="rounded-md border border-slate-200 p-3 xl:sticky xl:top-4 xl:border-0 xl:p-0 dark:border-slate-700"
      />
      <div className="flex min-w-0 flex-col gap-8">{children}</div>
    </div>
  );
}
