import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResendLinkForm } from "@/components/letter/resend-link-form";
import { SignaturePageFrame } from "@/components/letter/signature-page-frame";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { getConfirmLinkState, type ConfirmLinkState } from "@/lib/signing/confirm-signature";
import { requirePublicPetition } from "@/lib/signing/public-petition";
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
 * The page a confirmation e-mail links to. Opening it changes nothing (a mail provider's link
 * scanner fetches it too); the button posts to the confirm handler, which comes back here with
 * `?result=`.
 */
export default async function ConfirmSignaturePage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const { slug, token } = await params;
  const { result } = await searchParams;
  const letter = await requirePublicPetition(slug, locale);
  const [t, state] = await Promise.all([
    getTranslations("SignaturePages"),
    getConfirmLinkState(slug, token),
  ]);

  // The handler's word counts only where the database agrees (a hand-made "?result=confirmed"
  // on an unconfirmed link shows the button).
  const shown: ConfirmLinkState | "done" =
    result === "confirmed" && state === "confirmed" ? "done" : state;

  return (
    <SignaturePageFrame title={t("confirmTitle")} letter={letter}>
      {shown === "ready" ? (
        <>
          <p className="text-slate-800 dark:text-slate-200">{t("confirmReady")}</p>
          <form method="post" action={apiRoutes.letterConfirm(slug)}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="locale" value={locale} />
            <Button type="submit">{t("confirmButton")}</Button>
          </form>
        </>
      ) : null}
      {shown === "done" ? (
        <Alert tone="success" announce>
          {t("confirmDone")}
        </Alert>
      ) : null}
      {shown === "confirmed" ? (
        <Alert tone="info" announce>
          {t("confirmAlready")}
        </Alert>
      ) : null}
      {shown === "withdrawn" ? <Alert announce>{t("confirmWithdrawn")}</Alert> : null}
      {shown === "invalidated" ? <Alert announce>{t("confirmInvalidated")}</Alert> : null}
      {shown === "expired" || shown === "unknown" ? (
        <>
          <Alert tone="warning" announce>
            {t(shown === "expired" ? "confirmExpired" : "confirmUnknown")}
          </Alert>
          <ResendLinkForm slug={slug} />
        </>
      ) : null}
    </SignaturePageFrame>
  );
}
