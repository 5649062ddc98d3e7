"use client";

import { useState, type ReactNode } from "react";

interface DirectoryFiltersDisclosureProps {
  /** Open on first render: when a filter is active, so that the visitor sees what applies. */
  initiallyOpen: boolean;
  summary: ReactNode;
  children: ReactNode;
}

/**
 * The filters, folded away until wanted (on a phone they would push the results far down).
 * A native <details>, so it works without JavaScript; the open state is the visitor's once the
 * page is live, so that results updating as they type or clear a filter never fold it under them.
 */
export function DirectoryFiltersDisclosure({
  initiallyOpen,
  summary,
  children,
}: DirectoryFiltersDisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      {/* Styled by .directory-search (app/globals.css), the form it is part of. */}
      <summary>
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor">
          <path d="M7.3 4.3a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 1 1-1.4-1.4L11.6 10 7.3 5.7a1 1 0 0 1 0-1.4Z" />
        </svg>
        {summary}
      </summary>
      {children}
    </details>
  );
}
