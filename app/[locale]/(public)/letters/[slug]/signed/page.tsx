import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignaturePageFrame } from "@/components/letter/signature-page-frame";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { requirePublicPetition } from "@/lib/signing/public-petition";
import { publicRoutes } from "@/lib/routes";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The same page for every signer (it names nobody), so it is rendered once and cached.
export function generateStaticParams() {
  return [];
}

/** "Check your e-mail": where every accepted submission lands, new signature or not. */
export default async function SignedPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const letter = await requirePublicPetition(slug, locale);
  const t = await getTranslations("SignaturePages");
  return (
    <SignaturePageFrame title={t("signedTitle")} letter={letter}>
      <Alert tone="success" announce>
        {t("signedBody")}
      </Alert>
      <p className="text-slate-800 dark:text-slate-200">
        {t.rich("signedNoMail", {
          link: (chunks) => (
            <Link
              href={publicRoutes.letterResend(slug)}
              className="font-semibold text-accent-700 underline underline-offset-2 dark:text-accent-200"
            >
              {chunks}
            </Link>
          ),
        })}
      </p>
    </SignaturePageFrame>
  );
}
