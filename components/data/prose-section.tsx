import type { ReactNode } from "react";

/** An h2 section of the data page's prose, reachable by its id from the page's contents. */
export function ProseSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-slate-900 dark:text-slate-50">
        {title}
      </h2>
      <div className="flex max-w-prose flex-col gap-3 text-slate-800 dark:text-slate-200">
        {children}
      </div>
    </section>
  );
}
