import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ItemBreadcrumbs } from "@/components/dashboard/breadcrumbs/item-breadcrumbs";
import { ProfileBody } from "@/components/profile/profile-body";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/session";
import { getPrisonerPreview } from "@/lib/data/dashboard-prisoners";
import { NotFoundError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { dashboardRoutes } from "@/lib/routes";
import type { EditorPageProps } from "../load-editor-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrisonerEditor");
  // Staff only and never indexed (the dashboard layout says so too).
  return { title: t("previewBanner"), robots: { index: false, follow: false } };
}

/**
 * A draft (or any) profile exactly as the public page would show it once published: the same
 * DTO mapper and the same ProfileBody, under a "not published" banner. Staff only. Left out is
 * what only the live page has: the way back to the directory, the share links, the inaccuracy
 * report form and the JSON-LD.
 */
export default async function PrisonerPreviewPage({ params }: EditorPageProps) {
  const locale = await getPageLocale(params);
  const { id } = await params;
  const actor = await requireActor(locale);
  const t = await getTranslations("PrisonerEditor");
  let preview: Awaited<ReturnType<typeof getPrisonerPreview>>;
  try {
    preview = await getPrisonerPreview(actor, id, locale);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return (
    <div className="flex flex-col gap-8">
      <ItemBreadcrumbs title={preview.profile.name.text} />
      <Alert tone="warning" title={t("previewBanner")}>
        <p>{t("previewBannerDetail")}</p>
        <p className="mt-2">
          <Link href={dashboardRoutes.prisonerTab(id, "")} className="underline underline-offset-2">
            {t("backToEditor")}
          </Link>
        </p>
      </Alert>
      <div className="flex max-w-prose flex-col gap-10">
        <ProfileBody profile={preview.profile} />
      </div>
    </div>
  );
}
