import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { publicRoutes } from "@/lib/routes";

export async function SiteFooter() {
  const t = await getTranslations("Footer");
  const year = new Date().getFullYear();
  return (
    <footer className="site-footer">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 sm:px-6 md:grid-cols-[2fr_1fr]">
        <p className="max-w-prose">{t("about")}</p>
        <ul className="flex flex-col gap-2 md:items-end">
          <li>
            <TextLink href={publicRoutes.about()}>{t("aboutLink")}</TextLink>
          </li>
          <li>
            <TextLink href={publicRoutes.privacy()}>{t("privacyLink")}</TextLink>
          </li>
        </ul>
        <div className="flex flex-col gap-1 border-t border-slate-200 pt-6 md:col-span-2 dark:border-slate-800">
          <p>{t("copyright", { year })}</p>
          <p>{t("licence")}</p>
        </div>
      </div>
    </footer>
  );
}
