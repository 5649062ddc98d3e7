"use client";

import { MobileNavDisclosure } from "@/components/layout/mobile-nav-disclosure";
import { NavLink } from "@/components/layout/nav-link";

/** A main-navigation entry: its path and its label. */
export type MainNavItem = readonly [href: string, label: string];

interface MainNavMenuProps {
  /** The landmark's accessible name ("Main"). */
  label: string;
  /** The disclosure's button text on narrow screens ("Menu"). */
  menu: string;
  items: readonly MainNavItem[];
}

/**
 * One navigation landmark. Narrow screens get the list inside a <details> disclosure, wider
 * screens a row of links; CSS shows one of the two, so only one is in the accessibility tree.
 *
 * Drawn here, in the browser's bundle, from the entries as data: every public page's payload
 * then carries eight paths and labels once, not the markup of both lists (issue 17: about
 * 2.6 KB of every page when the server drew it).
 */
export function MainNavMenu({ label, menu, items }: MainNavMenuProps) {
  const links = (className: string) => (
    <ul className={className}>
      {items.map(([href, text]) => (
        <li key={href}>
          <NavLink href={href} className="nav-link">
            {text}
          </NavLink>
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label={label}>
      <MobileNavDisclosure className="md:hidden" label={menu}>
        {links(
          "mt-2 flex flex-col gap-1 border-t border-slate-200 pt-2 pb-1 dark:border-slate-700",
        )}
      </MobileNavDisclosure>
      {links("hidden flex-wrap gap-1 md:flex")}
    </nav>
  );
}
