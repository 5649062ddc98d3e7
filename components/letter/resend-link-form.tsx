import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { SIGNATURE_LIMITS } from "@/lib/validation/signature";
import { apiRoutes } from "@/lib/routes";

/** "Send me a new confirmation link": an e-mail field that posts to the resend handler. */
export async function ResendLinkForm({ slug, error }: { slug: string; error?: string }) {
  const [t, locale] = await Promise.all([getTranslations("SignaturePages"), getLocale()]);
  return (
    <form
      method="post"
      action={apiRoutes.letterResend(slug)}
      noValidate
      className="flex flex-col gap-4"
    >
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="email"
        id="resend-email"
        type="email"
        label={t("resendEmail")}
        error={error}
        required
        maxLength={SIGNATURE_LIMITS.email}
        autoComplete="email"
        spellCheck={false}
      />
      <div>
        <Button type="submit">{t("resendSubmit")}</Button>
      </div>
    </form>
  );
}
