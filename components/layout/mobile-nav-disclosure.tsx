"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "@/lib/i18n/navigation";

interface MobileNavDisclosureProps {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}

/**
 * A <details> menu for narrow screens: opens and closes without JavaScript. With JavaScript the
 * header stays mounted across client-side navigations, so the menu is closed after each one.
 */
export function MobileNavDisclosure({ summary, children, className }: MobileNavDisclosureProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  return (
    <details ref={ref} className={className}>
      {summary}
      {children}
    </details>
  );
}
