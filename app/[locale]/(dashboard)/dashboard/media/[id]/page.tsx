import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ItemBreadcrumbs } from "@/components/dashboard/breadcrumbs/item-breadcrumbs";
import { MediaDeleteForm } from "@/components/dashboard/media/media-delete-form";
import { MediaDetailsForm } from "@/components/dashboard/media/media-details-form";
import { MediaFacts } from "@/components/dashboard/media/media-facts";
import { MediaUsageList } from "@/components/dashboard/media/media-usage-list";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { getMediaForStaff } from "@/lib/media/media-library";
import { apiRoutes, dashboardRoutes, localized, withQuery } from "@/lib/routes";

interface MediaAssetPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Media");
  return { title: t("metaTitle") };
}

/** One uploaded file: preview, facts, where it is used, its words, and deletion for editors. */
export default async function MediaAssetPage({ params, searchParams }: MediaAssetPageProps) {
  const locale = await getPageLocale(params);
  const { id } = await params;
  const actor = await requireActor(locale);
  const asset = await getMediaForStaff(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { notice } = await searchParams;
  const [t, messages] = await Promise.all([getTranslations("Media"), getMessages()]);
  const permalink = localized(locale, dashboardRoutes.mediaAsset(asset.id));
  const src = apiRoutes.dashboardMediaAsset(asset.id);
  const alt = asset.alt[locale] ?? asset.alt.en ?? "";

  return (
    // The forms render in the browser too, with the strings they show.
    <NextIntlClientProvider messages={{ Media: messages.Media }}>
      <ItemBreadcrumbs title={asset.filename} />
      <PageHeader title={asset.filename} />
      <div className="flex flex-col gap-10">
        {notice === "uploaded" || notice === "duplicate" ? (
          <Alert tone="success" announce>
            {t(`notices.${notice}`)}
          </Alert>
        ) : null}

        <div className="grid gap-8 lg:grid-cols-2">
          <div>
            {asset.kind === "IMAGE" ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={withQuery(src, { w: 640 })}
                srcSet={asset.variantWidths.map((w) => `${withQuery(src, { w })} ${w}w`).join(", ")}
                sizes="(min-width: 1024px) 40vw, 100vw"
                alt={alt}
                lang={asset.alt[locale] ? locale : "en"}
                width={asset.width ?? undefined}
                height={asset.height ?? undefined}
                className="h-auto max-w-full rounded-md border border-slate-300 dark:border-slate-600"
              />
            ) : null}
            <p className="mt-3">
              <a
                href={src}
                className="text-accent-800 underline underline-offset-2 dark:text-accent-100"
              >
                {t("detail.openFile")}
              </a>
            </p>
          </div>
          <MediaFacts asset={asset} />
        </div>

        <section aria-labelledby="usage-heading" className="flex flex-col gap-3">
          <h2 id="usage-heading" className="text-2xl font-semibold">
            {t("detail.usage")}
          </h2>
          <MediaUsageList usage={asset.usage} locale={locale} />
        </section>

        <section aria-labelledby="edit-heading" className="flex flex-col gap-4">
          <h2 id="edit-heading" className="text-2xl font-semibold">
            {t("detail.editHeading")}
          </h2>
          <MediaDetailsForm
            id={asset.id}
            kind={asset.kind}
            alt={asset.alt}
            credit={asset.credit}
            permalink={permalink}
          />
        </section>

        {can(actor, "delete", { type: "media" }) ? (
          <section aria-labelledby="delete-heading" className="flex flex-col gap-4">
            <h2 id="delete-heading" className="text-2xl font-semibold">
              {t("detail.deleteHeading")}
            </h2>
            {asset.usageCount > 0 ? (
              <p>{t("detail.deleteInUse")}</p>
            ) : (
              <MediaDeleteForm id={asset.id} locale={locale} permalink={permalink} />
            )}
          </section>
        ) : null}
      </div>
    </NextIntlClientProvider>
  );
}
