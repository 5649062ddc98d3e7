import clsx from "clsx";
import type { ReactNode } from "react";

interface CardProps {
  /** `article` for a self-contained item in a list (a publication, a letter). */
  as?: "div" | "article" | "section" | "li";
  children: ReactNode;
  className?: string;
}

export function Card({ as: Element = "div", children, className }: CardProps) {
  return (
    <Element
      className={clsx(
        "rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60",
        className,
      )}
    >
      {children}
    </Element>
  );
}
