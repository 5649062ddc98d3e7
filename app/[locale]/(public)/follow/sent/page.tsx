import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The same page for every follower (it names nobody and nothing): a static page, as the privacy
// page is.
/** "Check your inbox": where every accepted follow form lands, new address or not. */
export default async function FollowSentPage({ params }: Props) {
  await getPageLocale(params);
  const t = await getTranslations("Follow");
  return (
    <Container width="prose">
      <PageHeader title={t("sentTitle")} />
      <div className="flex flex-col gap-6">
        <Alert tone="success" announce>
          {t("sentBody")}
        </Alert>
        <p className="text-slate-800 dark:text-slate-200">
          {t.rich("sentNoMail", {
            link: (chunks) => (
              <Link
                href={publicRoutes.followLostLink()}
                className="font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-200"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
    </Container>
  );
}
