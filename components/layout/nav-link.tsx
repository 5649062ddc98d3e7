"use client";

import type { ReactNode } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

interface NavLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/**
 * A main-navigation link that tells assistive technology where the reader is: the page itself
 * (`aria-current="page"`) or a page inside that section (`aria-current="true"`).
 */
export function NavLink({ href, children, className }: NavLinkProps) {
  const pathname = usePathname();
  const current =
    pathname === href
      ? "page"
      : href !== "/" && pathname.startsWith(`${href}/`)
        ? "true"
        : undefined;
  return (
    <Link href={href} aria-current={current} className={className}>
      {children}
    </Link>
  );
}
