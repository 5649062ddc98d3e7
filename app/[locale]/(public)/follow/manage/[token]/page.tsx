import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ManageFollows } from "@/components/follow/manage-follows";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { followNamed, getFollowerPage } from "@/lib/follows/follower-page";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes } from "@/lib/routes";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ result?: string; confirmed?: string }>;
};

// Per follower, never cached, never indexed; its address is a credential (no sign-in).
export const metadata: Metadata = { robots: { index: false, follow: false } };

const RESULTS = ["saved", "unfollowed", "failed"] as const;

/**
 * A follower's page of follows, opened from the link in any of its e-mails: what it follows,
 * cadence and language, stop one, forget me. After a confirmation it says "you now follow X";
 * after a form, what the form did. A forged link and a forgotten follower show no follows.
 */
export default async function ManageFollowsPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const { token } = await params;
  const query = await searchParams;
  const [t, page] = await Promise.all([getTranslations("Follow"), getFollowerPage(token)]);
  const confirmed = query.confirmed ? followNamed(page, query.confirmed) : null;
  const result = RESULTS.find((entry) => entry === query.result);

  return (
    <Container width="prose">
      <PageHeader title={t("manageTitle")} />
      <div className="flex flex-col gap-6">
        {page.state === "found" ? (
          <>
            {confirmed ? (
              <Alert tone="success" announce>
                {t("manageConfirmed", { name: confirmed.name[locale] })}
              </Alert>
            ) : null}
            {result ? (
              <Alert tone={result === "failed" ? "error" : "success"} announce>
                {t(`result.${result}`)}
              </Alert>
            ) : null}
            <p className="text-slate-800 dark:text-slate-200">{t("manageIntro")}</p>
            <ManageFollows token={token} locale={locale} follower={page.follower} />
          </>
        ) : page.state === "gone" && query.result === "forgotten" ? (
          <Alert tone="success" announce>
            {t("result.forgotten")}
          </Alert>
        ) : (
          <>
            <Alert tone="warning" announce>
              {t("manageUnknown")}
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
