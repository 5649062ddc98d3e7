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
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-4 sm:px-6">
        <div>
          <Link
            href={publicRoutes.home()}
            className="inline-flex min-h-11 items-center rounded-sm text-2xl font-bold tracking-tight text-accent-800 hover:underline dark:text-accent-200"
          >
            {t("name")}
            <VisuallyHidden>, {tLayout("homeLinkSuffix")}</VisuallyHidden>
          </Link>
          <p className="text-sm text-slate-600 dark:text-slate-300">{t("tagline")}</p>
        </div>
        <LocaleSwitcher label={tLayout("languageNav")} />
      </div>
      <div className="mx-auto max-w-6xl px-2 py-3 sm:px-4">
        <MainNav />
      </div>
    </header>
  );
}
