import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getPageLocale } from "@/lib/i18n/page-locale";

interface PublicLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

/**
 * The public site's frame: its header, navigation and footer around the page. The dashboard has
 * its own frame ((dashboard)/dashboard/layout.tsx), so editors never see the public menu above
 * theirs. Nothing here reads the request: prerendered and ISR pages stay static. Layouts render
 * apart from each other, so this one registers the locale with next-intl itself: without it the
 * header's translations would read the locale from the request headers, and every public page
 * would be rendered per request (and fail as a cached page, DYNAMIC_SERVER_USAGE).
 */
export default async function PublicLayout({ children, params }: PublicLayoutProps) {
  await getPageLocale(params);
  return (
    <>
      <SiteHeader />
      <main id="main-content" tabIndex={-1} className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
