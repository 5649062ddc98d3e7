import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LetterEditorFrame } from "@/components/dashboard/letter/letter-editor-frame";
import { SignatoryTable } from "@/components/dashboard/letter/signatory-table";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/policy";
import { listNotableSignatories } from "@/lib/data/signatories";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { loadLetterPage, type LetterPageProps } from "../load-letter-page";
import { dashboardRoutes, withQuery } from "@/lib/routes";

export async function generateMetadata({ params }: LetterPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "Signatories" });
  return { title: t("title") };
}

/** The letter's notable signatories, with a link to add one. */
export default async function LetterSignatoriesPage(props: LetterPageProps) {
  const { actor, locale, letter, frame } = await loadLetterPage(props);
  const [t, signatories] = await Promise.all([
    getTranslations("Signatories"),
    listNotableSignatories(actor, locale, letter.id),
  ]);
  return (
    <LetterEditorFrame actor={actor} letter={frame} tab="signatories">
      <p className="text-slate-700 dark:text-slate-300">{t("lead")}</p>
      {can(actor, "create", { type: "notableSignatory" }) ? (
        <p>
          <TextLink
            href={withQuery(dashboardRoutes.create("notableSignatory"), { letter: letter.id })}
          >
            {t("new")}
          </TextLink>
        </p>
      ) : null}
      <SignatoryTable signatories={signatories} locale={locale} showLetter={false} />
    </LetterEditorFrame>
  );
}
