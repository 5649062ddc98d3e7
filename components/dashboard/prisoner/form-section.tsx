import type { ReactNode } from "react";

interface FormSectionProps {
  title: ReactNode;
  /**
   * The heading's id, the target of the form's table of contents (SectionedFormBody). The
   * heading keeps a margin when scrolled to, so it is not hidden under the browser's edge.
   */
  id?: string;
  children: ReactNode;
}

/** A titled group of fields in an editor form. */
export function FormSection({ title, id, children }: FormSectionProps) {
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-5 border-t border-slate-200 pt-6 first:border-t-0 first:pt-0 dark:border-slate-700"
    >
      <h2
        id={id}
        tabIndex={id ? -1 : undefined}
        className="scroll-mt-6 text-xl font-semibold text-slate-900 focus:outline-none dark:text-slate-100"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
