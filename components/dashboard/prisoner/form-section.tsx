import type { ReactNode } from "react";

/** A titled group of fields in an editor tab. */
export function FormSection({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-5 border-t border-slate-200 pt-6 first:border-t-0 first:pt-0 dark:border-slate-700">
      <h2 className="text-xl font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
      {children}
    </section>
  );
}
