import { getTranslations } from "next-intl/server";
import { MobileNavDisclosure } from "@/components/layout/mobile-nav-disclosure";
import { NavLink } from "@/components/layout/nav-link";
import { publicRoutes } from "@/lib/routes";

// `pages: true` marks the entries whose labels live in the "PagesNavigation" messages.
const items = [
  { href: publicRoutes.home(), key: "home" },
  { href: publicRoutes.prisoners(), key: "prisoners" },
  { href: publicRoutes.countries(), key: "countries", pages: true },
  { href: publicRoutes.letters(), key: "letters" },
  { href: publicRoutes.news(), key: "news" },
  { href: publicRoutes.reports(), key: "reports" },
  { href: publicRoutes.statistics(), key: "statistics", pages: true },
  { href: publicRoutes.about(), key: "about" },
] as const;

/**
 * One navigation landmark. Narrow screens get the list inside a <details> disclosure, wider
 * screens a row of links; CSS shows one of the two, so only one is in the accessibility tree.
 */
export async function MainNav() {
  const [t, tPages] = await Promise.all([
    getTranslations("Navigation"),
    getTranslations("PagesNavigation"),
  ]);
  const links = (className: string) => (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.key}>
          <NavLink href={item.href} className="nav-link">
            {"pages" in item ? tPages(item.key) : t(item.key)}
          </NavLink>
        </li>
      ))}
    </ul>
  );

  return (
    <nav aria-label={t("label")}>
      <MobileNavDisclosure
        className="group md:hidden"
        summary={
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
            {t("menu")}
          </summary>
        }
      >
        {links(
          "mt-2 flex flex-col gap-1 border-t border-slate-200 pt-2 pb-1 dark:border-slate-700",
        )}
      </MobileNavDisclosure>
      {links("hidden flex-wrap gap-1 md:flex")}
    </nav>
  );
}
