import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { FollowForm } from "@/components/follow/follow-form";
import { BackLink } from "@/components/layout/back-link";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { FOLLOW_FORM_COOKIE, openFollowFormState } from "@/lib/follows/follow-form-cookie";
import { findFollowFormTarget } from "@/lib/follows/follow-target";
import { followTargetPath } from "@/lib/follows/follow-target-ref";
import { followTargetOfQuery } from "@/lib/follows/follow-target-ref";
import { getPageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The follow form of one target again ("/follow?prisoner=<slug>", "?country=kz",
 * "?letter=<slug>"), per request, with what was typed and what was wrong (carried from the
 * follows handler in an encrypted cookie, never in the URL). Where a form with problems lands,
 * and where the handler's 503 page leads back to: it renders without the database then.
 */
export default async function FollowPage({ params, searchParams }: Props) {
  const locale = await getPageLocale(params);
  const ref = followTargetOfQuery(await searchParams);
  const target = ref ? await findFollowFormTarget(ref) : null;
  if (!ref || !target) notFound();
  const [t, jar] = await Promise.all([getTranslations("Follow"), cookies()]);
  const state = openFollowFormState(jar.get(FOLLOW_FORM_COOKIE)?.value, ref);
  // Unnamed while the database cannot be reached (the follows handler's 503 page leads here).
  const name = target.name?.[locale] ?? null;
  return (
    <Container width="prose">
      <BackLink href={followTargetPath(ref)} section={name ?? t(`unnamedTarget.${ref.kind}`)} />
      <PageHeader title={name ? t("formTitle", { name }) : t(`formTitleUnnamed.${ref.kind}`)} />
      <FollowForm
        target={ref}
        values={state?.values}
        errors={state?.errors}
        problem={state?.problem}
      />
    </Container>
  );
}
