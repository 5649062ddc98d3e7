import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffMediaAssetDto } from "@/lib/media/media-library";

/** What is known of an uploaded file: type, size, dimensions and copies, who and when, its name. */
export async function MediaFacts({ asset }: { asset: StaffMediaAssetDto }) {
  const [t, format] = await Promise.all([getTranslations("Media"), getFormatter()]);
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="mb-3 text-2xl font-semibold">
        {t("detail.facts")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">{t("detail.type")}</dt>
        <dd>{asset.mimeType}</dd>
        <dt className="font-semibold">{t("detail.size")}</dt>
        <dd>{format.number(asset.byteSize / 1024, { maximumFractionDigits: 0 })} KB</dd>
        {asset.width && asset.height ? (
          <>
            <dt className="font-semibold">{t("detail.dimensions")}</dt>
            <dd>{t("detail.dimensionsValue", { width: asset.width, height: asset.height })}</dd>
            <dt className="font-semibold">{t("detail.variants")}</dt>
            <dd>
              {asset.variantWidths.length > 0
                ? asset.variantWidths.map((w) => `${w} px`).join(", ")
                : t("detail.variantsNone")}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("detail.uploadedBy")}</dt>
        <dd>{asset.uploadedBy ?? t("detail.unknown")}</dd>
        <dt className="font-semibold">{t("detail.uploadedAt")}</dt>
        <dd>
          <time dateTime={asset.createdAt}>
            {format.dateTime(new Date(asset.createdAt), {
              dateStyle: "long",
              timeStyle: "short",
            })}
          </time>
        </dd>
        {asset.originalFilename ? (
          <>
            <dt className="font-semibold">{t("detail.originalName")}</dt>
            <dd className="break-all">{asset.originalFilename}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
