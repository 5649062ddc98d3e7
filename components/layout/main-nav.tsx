import { getTranslations } from "next-intl/server";
import { MainNavMenu, type MainNavItem } from "@/components/layout/main-nav-menu";
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

/** The public site's main navigation: its entries, worded here, drawn by MainNavMenu. */
export async function MainNav() {
  const [t, tPages] = await Promise.all([
    getTranslations("Navigation"),
    getTranslations("PagesNavigation"),
  ]);
  const entries: MainNavItem[] = items.map((item) => [
    item.href,
    "pages" in item ? tPages(item.key) : t(item.key),
  ]);
  return <MainNavMenu label={t("label")} menu={t("menu")} items={entries} />;
}
