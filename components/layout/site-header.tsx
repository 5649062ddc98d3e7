import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { MainNav } from "@/components/layout/main-nav";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { Link } from "@/lib/i18n/navigation";
import { publicRoutes } from "@/lib/routes";

export async function SiteHeader() {
  const t = await getTranslations("Site");
  const tLayout = await getTranslations("Layout");
  return (
    <header className="site-header">
      {/* Styled from .site-header (app/globals.css): every public page sends this twice, as
          markup and in its payload, so no utilities are repeated here (issue 17). */}
      <div>
        <div>
          <Link href={publicRoutes.home()} className="site-name">
            {t("name")}
            <VisuallyHidden>{`, ${tLayout("homeLinkSuffix")}`}</VisuallyHidden>
          </Link>
          <p>{t("tagline")}</p>
        </div>
        <LocaleSwitcher label={tLayout("languageNav")} />
      </div>
      <MainNav />
    </header>
  );
}
