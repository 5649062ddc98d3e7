"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "@/lib/i18n/navigation";

interface MobileNavDisclosureProps {
  /** The menu button's words ("Menu"), beside its icon. */
  label: string;
  children: ReactNode;
  /** Classes of the <details>; "group" is always there, for the icon's open state. */
  className?: string;
}

/**
 * A <details> menu for narrow screens: opens and closes without JavaScript. With JavaScript the
 * header stays mounted across client-side navigations, so the menu is closed after each one.
 */
export function MobileNavDisclosure({ label, children, className }: MobileNavDisclosureProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  return (
    <details ref={ref} className={`group ${className ?? ""}`}>
      <summary className="nav-menu-button">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 7h16M4 12h16M4 17h16" className="group-open:hidden" />
          <path d="M6 6l12 12M18 6L6 18" className="hidden group-open:block" />
        </svg>
        {label}
      </summary>
      {children}
    </details>
  );
}
