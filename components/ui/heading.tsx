import type { ReactNode } from "react";

export type HeadingLevel = 2 | 3 | 4;

interface HeadingProps {
  /** Chosen by the page so that list items fit its outline (h2 on a list page, h3 on home). */
  level: HeadingLevel;
  children: ReactNode;
  className?: string;
  lang?: string;
  id?: string;
}

export function Heading({ level, children, ...rest }: HeadingProps) {
  const Element = `h${level}` as const;
  return <Element {...rest}>{children}</Element>;
}
