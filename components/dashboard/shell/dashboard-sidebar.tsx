import { getTranslations } from "next-intl/server";
import { DashboardNavLink } from "@/components/dashboard/shell/dashboard-nav-link";
import { MobileNavDisclosure } from "@/components/layout/mobile-nav-disclosure";

interface DashboardSidebarProps {
  items: { href: string; label: string; exact?: boolean }[];
}

/**
 * The dashboard menu, one navigation landmark. From `lg` up it is a column on the left, under the
 * header; on narrower screens the same links sit in a <details> disclosure above the page, which
 * opens without JavaScript. CSS shows one of the two lists, so only one is in the accessibility
 * tree at a time.
 */
export async function DashboardSidebar({ items }: DashboardSidebarProps) {
  const [t, tFrame] = await Promise.all([
    getTranslations("DashboardShell"),
    getTranslations("DashboardFrame"),
  ]);
  const links = (
    <ul className="flex flex-col gap-1">
      {items.map((item) => (
        <li key={item.href}>
          <DashboardNavLink href={item.href} exact={item.exact}>
            {item.label}
          </DashboardNavLink>
        </li>
      ))}
    </ul>
  );
  return (
    <nav
      aria-label={t("navLabel")}
      className="border-b border-slate-200 px-4 py-2 sm:px-6 lg:w-64 lg:shrink-0 lg:border-r lg:border-b-0 lg:px-3 lg:py-6 dark:border-slate-700"
    >
      <MobileNavDisclosure className="lg:hidden" label={tFrame("menu")}>
        <div className="pt-2 pb-2">{links}</div>
      </MobileNavDisclosure>
      <div className="hidden lg:sticky lg:top-4 lg:block">{links}</div>
    </nav>
  );
}
