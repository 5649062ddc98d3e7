import type { ReactNode } from "react";

interface PageHeaderProps {
  title: ReactNode;
  /** Language of the title when it differs from the page (fallback text). */
  titleLang?: string;
  lead?: ReactNode;
  /** Badges, dates and other facts shown under the title. */
  children?: ReactNode;
}

/**
 * The page's single h1 with an optional lead paragraph. Styled by .page-header and .page-lead
 * (app/globals.css): every page has one, in its markup and in its payload.
 */
export function PageHeader({ title, titleLang, lead, children }: PageHeaderProps) {
  return (
    <header className="page-header">
      <h1 lang={titleLang}>{title}</h1>
      {lead ? <p className="page-lead">{lead}</p> : null}
      {children}
    </header>
  );
}
