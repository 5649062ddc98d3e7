import type { ReactNode } from "react";

/** Text for screen readers only, e.g. to complete a link's name out of context. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}
