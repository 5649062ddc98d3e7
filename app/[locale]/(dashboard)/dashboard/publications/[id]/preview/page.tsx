import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ItemBreadcrumbs } from "@/components/dashboard/breadcrumbs/item-breadcrumbs";
import { PublicationArticle } from "@/components/publication/publication-article";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { getPublicationPreview } from "@/lib/data/dashboard-publications";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { dashboardRoutes } from "@/lib/routes";

interface PreviewPageProps {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: PreviewPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "ContentEditor.preview" });
  return { title: t("metaTitle") };
}

/**
 * A publication in any state exactly as its public page will show it: the same DTO and the
 * same component as /news/[slug] and /reports/[slug], under a notice saying it is a preview.
 */
export default async function PublicationPreviewPage({ params }: PreviewPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const publication = await getPublicationPreview(actor, id, locale);
  if (!publication) notFound();
  const [t, tState] = await Promise.all([
    getTranslations("ContentEditor.preview"),
    getTranslations("Workflow.states"),
  ]);
  return (
    <>
      <ItemBreadcrumbs title={publication.title.text} />
      <Alert tone="info" className="mb-6">
        <p>{t("notice", { state: tState(publication.state) })}</p>
        <p className="mt-2">
          <TextLink href={dashboardRoutes.edit("publication", id)}>{t("backToEditor")}</TextLink>
        </p>
      </Alert>
      <PublicationArticle
        section={publication.type === "REPORT" ? "reports" : "news"}
        publication={publication}
      />
    </>
  );
}
