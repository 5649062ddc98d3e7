import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ItemBreadcrumbs } from "@/components/dashboard/breadcrumbs/item-breadcrumbs";
import { LetterPageBody } from "@/components/letter/letter-page-body";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { getLetterPreview } from "@/lib/data/dashboard-letters";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { dashboardRoutes } from "@/lib/routes";

interface PreviewPageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: PreviewPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "LetterEditor.preview" });
  return { title: t("metaTitle") };
}

/**
 * A letter in any state as its public page shows it: the same DTO shape and the same component
 * as /letters/[slug], without the sign form, under a notice saying it is a preview.
 */
export default async function LetterPreviewPage({ params }: PreviewPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const preview = await getLetterPreview(actor, id, locale);
  if (!preview) notFound();
  const [t, tState] = await Promise.all([
    getTranslations("LetterEditor.preview"),
    getTranslations("Workflow.states"),
  ]);
  return (
    <>
      <ItemBreadcrumbs title={preview.letter.title.text} />
      <Alert tone="info" className="mb-6">
        <p>{t("notice", { state: tState(preview.state) })}</p>
        <p className="mt-2">
          <TextLink href={dashboardRoutes.edit("letter", id)}>{t("backToEditor")}</TextLink>
        </p>
      </Alert>
      <LetterPageBody letter={preview.letter} />
    </>
  );
}
