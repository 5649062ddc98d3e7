import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignaturePageFrame } from "@/components/letter/signature-page-frame";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { isGenuineUnsubscribeToken } from "@/lib/letter-answers/outcome-unsubscribe";
import { apiRoutes, withQuery } from "@/lib/routes";
import { requirePublicPetition } from "@/lib/signing/public-petition";

type Props = {
  params: Promise<{ locale: string; slug: string; token: string }>;
  searchParams: Promise<{ result?: string }>;
};

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The page the "stop e-mails about this letter" link opens. Opening it changes nothing (a link
 * scanner may fetch it); its button POSTs to the one-click unsubscribe handler. It shows the same
 * thing for every genuine token, whether or not that signer still receives e-mails.
 */
export default async function LetterUpdatesPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const { slug, token } = await params;
  const { result } = await searchParams;
  const letter = await requirePublicPetition(slug, locale);
  const t = await getTranslations("LetterOutcomes");
  const genuine = isGenuineUnsubscribeToken(token);
  return (
    <SignaturePageFrame title={t("updatesTitle")} letter={letter}>
      {!genuine ? (
        <Alert tone="warning" announce>
          {t("updatesUnknown")}
        </Alert>
      ) : result === "stopped" ? (
        <Alert tone="success" announce>
          {t("updatesDone")}
        </Alert>
      ) : (
        <>
          <p className="text-slate-800 dark:text-slate-200">{t("updatesReady")}</p>
          <form
            method="post"
            action={withQuery(apiRoutes.letterOutcomeUnsubscribe(slug, token), {
              locale,
              from: "page",
            })}
          >
            <Button type="submit">{t("updatesButton")}</Button>
          </form>
        </>
      )}
    </SignaturePageFrame>
  );
}
