import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResendLinkForm } from "@/components/letter/resend-link-form";
import { SignaturePageFrame } from "@/components/letter/signature-page-frame";
import { Alert } from "@/components/ui/alert";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { requirePublicPetition } from "@/lib/signing/public-petition";
import { SIGNATURE_LIMITS } from "@/lib/validation/signature";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ result?: string }>;
};

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** "Get a new confirmation link", and the neutral answer after a request. */
export default async function ResendConfirmationPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const { result } = await searchParams;
  const letter = await requirePublicPetition(slug, locale);
  const t = await getTranslations("SignaturePages");
  const error =
    result === "invalid-required"
      ? t("resendErrors.required")
      : result === "invalid-tooLong"
        ? t("resendErrors.tooLong", { max: SIGNATURE_LIMITS.email })
        : result === "invalid-invalid"
          ? t("resendErrors.invalid")
          : undefined;

  return (
    <SignaturePageFrame title={t("resendTitle")} letter={letter}>
      {result === "sent" ? (
        <Alert tone="success" announce>
          {t("resendSent")}
        </Alert>
      ) : null}
      {result === "rate-limited" ? (
        <Alert tone="warning" announce>
          {t("resendRateLimited")}
        </Alert>
      ) : null}
      {result === "closed" ? <Alert announce>{t("resendClosed")}</Alert> : null}
      {result === "rejected" ? (
        <Alert tone="error" announce>
          {t("resendRejected")}
        </Alert>
      ) : null}
      <p className="text-slate-800 dark:text-slate-200">{t("resendIntro")}</p>
      <ResendLinkForm slug={slug} error={error} />
    </SignaturePageFrame>
  );
}
