import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MediaGrid } from "@/components/dashboard/media/media-grid";
import { MediaUploadForm } from "@/components/dashboard/media/media-upload-form";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { listMediaForStaff, MEDIA_PAGE_SIZE } from "@/lib/media/media-library";
import { readUploadEcho } from "@/lib/media/upload-outcome";
import { dashboardRoutes } from "@/lib/routes";

interface MediaPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: MediaPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Media" });
  return { title: t("metaTitle") };
}

/** The media library: the upload form and every uploaded file, newest first. */
export default async function MediaPage({ params, searchParams }: MediaPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const search = await searchParams;
  const page = Number(typeof search.page === "string" ? search.page : "1") || 1;
  const [t, list] = await Promise.all([
    getTranslations("Media"),
    listMediaForStaff(actor, { page }),
  ]);
  const echo = readUploadEcho(search);

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="flex flex-col gap-10">
        {search.notice === "deleted" ? (
          <Alert tone="success" announce>
            {t("notices.deleted")}
          </Alert>
        ) : null}
        {can(actor, "upload", { type: "media" }) ? (
          <section id="upload" aria-labelledby="upload-heading" className="flex flex-col gap-4">
            <h2 id="upload-heading" className="text-2xl font-semibold">
              {t("upload.heading")}
            </h2>
            <MediaUploadForm locale={locale} echo={echo} />
          </section>
        ) : null}
        <section aria-labelledby="library-heading" className="flex flex-col gap-4">
          <h2 id="library-heading" className="text-2xl font-semibold">
            {t("library.heading")}
          </h2>
          <p role="status">{t("library.count", { count: list.total })}</p>
          {list.items.length > 0 ? <MediaGrid items={list.items} locale={locale} /> : null}
          <Pagination
            basePath={dashboardRoutes.media()}
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
            pageSize={MEDIA_PAGE_SIZE}
            prefetch={false}
          />
        </section>
      </div>
    </>
  );
}
