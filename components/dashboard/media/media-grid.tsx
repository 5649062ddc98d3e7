import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { StaffMediaAssetDto } from "@/lib/media/media-library";
import { apiRoutes, dashboardRoutes, withQuery } from "@/lib/routes";

/** The library as cards: a thumbnail (the 320 px copy), the alt text, credit and usage. */
export async function MediaGrid({
  items,
  locale,
}: {
  items: StaffMediaAssetDto[];
  locale: Locale;
}) {
  const t = await getTranslations("Media.library");
  return (
    <ul className="grid grid-cols-1 gap-5 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
      {items.map((item) => {
        const alt = item.alt[locale] ?? item.alt.en;
        const altLang = item.alt[locale] ? locale : "en";
        return (
          <li
            key={item.id}
            className="flex flex-col overflow-hidden rounded-md border border-slate-300 dark:border-slate-600"
          >
            <div className="flex aspect-[4/3] items-center justify-center bg-slate-100 dark:bg-slate-800">
              {item.kind === "IMAGE" ? (
                // Staff thumbnails come from the private media route; next/image would cache them publicly.
                // eslint-disable-next-line @next/next/no-img-element
                <img
                  src={withQuery(apiRoutes.dashboardMediaAsset(item.id), { w: 320 })}
                  alt={alt ?? ""}
                  lang={alt ? altLang : undefined}
                  width={item.width ?? undefined}
                  height={item.height ?? undefined}
                  loading="lazy"
                  className="h-full w-full object-cover"
                />
              ) : (
                <span
                  aria-hidden="true"
                  className="text-2xl font-bold text-slate-700 dark:text-slate-200"
                >
                  {t("pdf")}
                </span>
              )}
            </div>
            <div className="flex flex-1 flex-col gap-2 p-3 text-sm">
              <Link
                href={dashboardRoutes.mediaAsset(item.id)}
                className="font-semibold break-words text-accent-800 underline underline-offset-2 dark:text-accent-100"
                aria-label={t("open", { name: item.filename })}
              >
                {item.filename}
              </Link>
              {item.kind === "IMAGE" && !alt ? (
                <Badge tone="warning">{t("missingAlt")}</Badge>
              ) : alt ? (
                <p lang={altLang} className="text-slate-700 dark:text-slate-300">
                  {alt}
                </p>
              ) : null}
              {item.credit ? (
                <p className="text-slate-700 dark:text-slate-300">© {item.credit}</p>
              ) : null}
              <p className="mt-auto text-slate-700 dark:text-slate-300">
                {item.usageCount > 0 ? t("used", { count: item.usageCount }) : t("unused")}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
