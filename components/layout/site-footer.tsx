import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { publicRoutes } from "@/lib/routes";

export async function SiteFooter() {
  const t = await getTranslations("Footer");
  const year = new Date().getFullYear();
  return (
    <footer className="site-footer">
      {/* Styled from .site-footer (app/globals.css): sent twice on every public page, as markup
          and in its payload, so no utilities are repeated here (issue 17). */}
      <div>
        <p>{t("about")}</p>
        <ul>
          <li>
            <TextLink href={publicRoutes.about()}>{t("aboutLink")}</TextLink>
          </li>
          <li>
            <TextLink href={publicRoutes.privacy()}>{t("privacyLink")}</TextLink>
          </li>
          <li>
            <TextLink href={publicRoutes.data()}>{t("dataLink")}</TextLink>
          </li>
        </ul>
        <div>
          <p>{t("copyright", { year })}</p>
          <p>{t("licence")}</p>
        </div>
      </div>
    </footer>
  );
}
