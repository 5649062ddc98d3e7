import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { getFollowConfirmState } from "@/lib/follows/confirm-follow";
import { followTargetPath } from "@/lib/follows/follow-target-ref";
import { Link } from "@/lib/i18n/navigation";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { apiRoutes, publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; token: string }> };

// As signing's confirmation page: no referrer policy of its own (the site's keeps the token out
// of other sites' Referer, and "no-referrer" would send "Origin: null" with the button's POST).
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The page a follow's confirmation e-mail links to. Opening it changes nothing (a mail
 * provider's link scanner fetches it too): it shows what will be followed and a button, which
 * posts to the confirm handler; a used, unknown or expired link gets a page that says so.
 */
export default async function FollowConfirmPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { token } = await params;
  // Per request: the same link reads "ready" before its button is pressed and "used" after.
  await connection();
  const [t, link] = await Promise.all([getTranslations("Follow"), getFollowConfirmState(token)]);
  return (
    <Container width="prose">
      <PageHeader title={t("confirmTitle")} />
      <div className="flex flex-col gap-6">
        {link.state === "ready" ? (
          <>
            <p className="text-slate-800 dark:text-slate-200">
              {t.rich("confirmReady", {
                name: link.target.name[locale],
                target: (chunks) => (
                  <Link
                    href={followTargetPath(link.target)}
                    className="font-semibold underline underline-offset-2"
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <form method="post" action={apiRoutes.followConfirm()}>
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="locale" value={locale} />
              <Button type="submit">{t("confirmButton")}</Button>
            </form>
          </>
        ) : (
          <>
            <Alert tone="warning" announce>
              {t(link.state === "expired" ? "confirmExpired" : "confirmUnknown")}
            </Alert>
            <p>
              <TextLink href={publicRoutes.followLostLink()}>{t("lostLinkAction")}</TextLink>
            </p>
          </>
        )}
      </div>
    </Container>
  );
}
