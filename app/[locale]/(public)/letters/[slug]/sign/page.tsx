import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SignatureForm } from "@/components/letter/signature-form";
import { SignaturePageFrame } from "@/components/letter/signature-page-frame";
import { Alert } from "@/components/ui/alert";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { openSignFormState, SIGN_FORM_COOKIE } from "@/lib/signing/form-cookie";
import { requirePublicPetition } from "@/lib/signing/public-petition";
import { acceptsSignatures, getSignableLetter } from "@/lib/signing/signable-letter";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The sign form again, per request, with what the signer typed and what was wrong (carried from
 * the signing handler in an encrypted cookie, never in the URL); also where the handler sends a
 * signer when the petition has closed in the meantime.
 */
export default async function SignPage({ params }: Props) {
  const locale = await getPageLocale(params);
  const { slug } = await params;
  const letter = await requirePublicPetition(slug, locale);
  const [t, tLetters, signable, jar] = await Promise.all([
    getTranslations("SignaturePages"),
    getTranslations("LettersPage"),
    getSignableLetter(slug),
    cookies(),
  ]);
  const versionId = letter.signingVersionId;
  const state = openSignFormState(jar.get(SIGN_FORM_COOKIE)?.value, slug);
  const open = signable !== null && acceptsSignatures(signable) && versionId !== null;

  return (
    <SignaturePageFrame title={t("signTitle")} letter={letter}>
      {open ? (
        <SignatureForm
          slug={slug}
          letterVersionId={versionId}
          values={state?.values}
          errors={state?.errors}
          problem={state?.problem}
        />
      ) : (
        <Alert tone="warning" announce>
          {tLetters(letter.state === "DELIVERED" ? "signDelivered" : "signClosed")}
        </Alert>
      )}
    </SignaturePageFrame>
  );
}
