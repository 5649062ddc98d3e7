import type { TocSection } from "@/components/dashboard/toc/form-toc";

/**
 * The heading of one row of a sectioned repeatable list (a case, a detention, an event): the
 * target of its contents link, styled as a FormSection's heading. It takes focus when jumped to
 * (tabIndex -1) and keeps a margin above it when scrolled to.
 */
export function RowSectionHeading({ section }: { section: TocSection | undefined }) {
  if (!section) return null;
  return (
    <h2
      id={section.id}
      tabIndex={-1}
      className="scroll-mt-6 text-lg font-semibold text-slate-900 focus:outline-none dark:text-slate-100"
    >
      {section.title}
    </h2>
  );
}
