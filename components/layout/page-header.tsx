import type { ReactNode } from "react";

interface PageHeaderProps {
  title: ReactNode;
  /** Language of the title when it differs from the page (fallback text). */
  titleLang?: string;
  lead?: ReactNode;
  /** Badges, dates and other facts shown under the title. */
  children?: ReactNode;
}

/** The page's single h1 with an optional lead paragraph. */
export function PageHeader({ title, titleLang, lead, children }: PageHeaderProps) {
  return (
    <header className="mb-10 flex flex-col gap-4">
      <h1
        lang={titleLang}
        className="text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-slate-50"
      >
        {title}
      </h1>
      {lead ? (
        <p className="max-w-prose text-lg text-slate-700 dark:text-slate-300">{lead}</p>
      ) : null}
      {children}
    </header>
  );
}
