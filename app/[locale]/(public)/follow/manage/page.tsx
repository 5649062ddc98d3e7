import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { FOLLOW_EMAIL_MAX } from "@/lib/follows/follow-form";
import { LOST_LINK_COOKIE, openLostLinkState } from "@/lib/follows/follow-form-cookie";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { apiRoutes } from "@/lib/routes";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ result?: string }>;
};

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * "E-mail me the link to my follows": one field posting to the lost-link handler, which answers
 * the same whatever the address; a malformed address comes back with what was typed (an
 * encrypted cookie, never the URL).
 */
export default async function LostLinkPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const [{ result }, t, jar] = await Promise.all([
    searchParams,
    getTranslations("Follow"),
    cookies(),
  ]);
  const state = result === "sent" ? null : openLostLinkState(jar.get(LOST_LINK_COOKIE)?.value);
  const error = state?.error ? t(`errors.email.${state.error}`) : undefined;
  return (
    <Container width="prose">
      <PageHeader title={t("lostLinkTitle")} lead={t("lostLinkIntro")} />
      <div className="flex flex-col gap-6">
        {result === "sent" ? (
          <Alert tone="success" announce>
            {t("lostLinkSent")}
          </Alert>
        ) : null}
        {state?.problem === "rate-limited" ? (
          <Alert tone="warning" title={t("problems.rateLimited")} announce />
        ) : null}
        <form
          method="post"
          action={apiRoutes.followLostLink()}
          noValidate
          className="flex flex-col gap-4"
        >
          <input type="hidden" name="locale" value={locale} />
          <TextField
            name="email"
            id="lost-link-email"
            type="email"
            label={t("email")}
            error={error}
            required
            requiredLabel={t("required")}
            maxLength={FOLLOW_EMAIL_MAX}
            autoComplete="email"
            spellCheck={false}
            defaultValue={state?.email ?? ""}
          />
          <div>
            <Button type="submit">{t("lostLinkSubmit")}</Button>
          </div>
        </form>
      </div>
    </Container>
  );
}
