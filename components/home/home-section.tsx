import type { ReactNode } from "react";

interface HomeSectionProps {
  id: string;
  title: string;
  /** Links such as "All news", shown beside the heading on wide screens. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled region of the home page; the h2 names the region for landmark navigation. */
export function HomeSection({ id, title, actions, children }: HomeSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <h2
          id={headingId}
          className="text-2xl font-bold tracking-tight text-slate-900 dark:text-slate-50"
        >
          {title}
        </h2>
        {actions ? <div className="flex flex-wrap gap-x-5 gap-y-1">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
