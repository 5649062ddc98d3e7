import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { followerOfToken } from "@/lib/follows/follow-links";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { apiRoutes, withQuery } from "@/lib/routes";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ result?: string }>;
};

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The page an e-mail's "unsubscribe" link opens. Opening it changes nothing (a link scanner may
 * fetch it); its button POSTs to the one-click unsubscribe handler, which deletes the address,
 * and comes back here with "done". The same for every genuine token, follower or not.
 */
export default async function FollowUnsubscribePage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const { token } = await params;
  const [{ result }, t] = await Promise.all([searchParams, getTranslations("Follow")]);
  const genuine = followerOfToken(token) !== null;
  return (
    <Container width="prose">
      <PageHeader title={t("unsubscribeTitle")} />
      <div className="flex flex-col gap-6">
        {!genuine ? (
          <Alert tone="warning" announce>
            {t("unsubscribeUnknown")}
          </Alert>
        ) : result === "done" ? (
          <Alert tone="success" announce>
            {t("unsubscribeDone")}
          </Alert>
        ) : (
          <>
            <p className="text-slate-800 dark:text-slate-200">{t("unsubscribeReady")}</p>
            <form
              method="post"
              action={withQuery(apiRoutes.followUnsubscribe(token), { locale, from: "page" })}
            >
              <Button type="submit">{t("unsubscribeButton")}</Button>
            </form>
          </>
        )}
      </div>
    </Container>
  );
}
