import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignaturePageFrame } from "@/components/letter/signature-page-frame";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { requirePublicPetition } from "@/lib/signing/public-petition";
import { getWithdrawLinkState } from "@/lib/signing/withdraw-signature";
import { apiRoutes } from "@/lib/routes";

type Props = {
  params: Promise<{ locale: string; slug: string; token: string }>;
  searchParams: Promise<{ result?: string }>;
};

// No referrer policy of its own: the site's strict-origin-when-cross-origin already keeps the
// token out of the Referer sent to other sites, while "no-referrer" would make the browser send
// "Origin: null" with the button's POST, which the same-origin check rightly refuses.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The page the withdrawal link of a confirmation e-mail opens. Like the confirmation page,
 * opening it changes nothing: the button posts to the withdraw handler.
 */
export default async function WithdrawSignaturePage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const { slug, token } = await params;
  const { result } = await searchParams;
  const letter = await requirePublicPetition(slug, locale);
  const [t, state] = await Promise.all([
    getTranslations("SignaturePages"),
    getWithdrawLinkState(slug, token),
  ]);
  const justWithdrawn = result === "withdrawn" && state === "withdrawn";

  return (
    <SignaturePageFrame title={t("withdrawTitle")} letter={letter}>
      {state === "ready" ? (
        <>
          <p className="text-slate-800 dark:text-slate-200">{t("withdrawReady")}</p>
          <form method="post" action={apiRoutes.letterWithdraw(slug)}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="locale" value={locale} />
            <Button type="submit">{t("withdrawButton")}</Button>
          </form>
        </>
      ) : null}
      {state === "withdrawn" ? (
        <Alert tone={justWithdrawn ? "success" : "info"} announce>
          {t(justWithdrawn ? "withdrawDone" : "withdrawAlready")}
        </Alert>
      ) : null}
      {state === "expired" ? <Alert announce>{t("withdrawExpired")}</Alert> : null}
      {state === "unavailable" ? <Alert announce>{t("withdrawUnavailable")}</Alert> : null}
      {state === "unknown" ? (
        <Alert tone="warning" announce>
          {t("withdrawUnknown")}
        </Alert>
      ) : null}
    </SignaturePageFrame>
  );
}
