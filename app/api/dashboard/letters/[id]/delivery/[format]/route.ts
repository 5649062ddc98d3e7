import { getTranslations } from "next-intl/server";
import { staffRoute } from "@/lib/auth/staff-route";
import type { DeliveryPdfLabels } from "@/lib/delivery/delivery-pdf";
import { exportDelivery, isDeliveryFormat } from "@/lib/delivery/export-delivery";
import { knownLocaleOr } from "@/lib/i18n/routing";
import { contentDisposition } from "@/lib/storage/media-files";

const LABEL_KEYS = [
  "to",
  "version",
  "notableHeading",
  "signersHeading",
  "signersNone",
  "countsHeading",
  "countsLead",
  "total",
  "listHash",
  "exported",
  "page",
] as const satisfies readonly (keyof DeliveryPdfLabels)[];

/**
 * GET /api/dashboard/letters/<id>/delivery/<pdf|csv|manifest>?locale=en|ru: a delivery file of
 * the letter for staff whose role may export deliveries (editors, administrators). Audited.
 */
export const GET = staffRoute<{ id: string; format: string }>(
  {
    permission: ({ format }) =>
      isDeliveryFormat(format) ? { action: "exportDelivery", type: "signature" } : null,
  },
  async ({ request, actor, params, context }) => {
    const { id, format } = params;
    if (!isDeliveryFormat(format))
      return Response.json({ error: "Unknown format" }, { status: 404 });
    const locale = knownLocaleOr(new URL(request.url).searchParams.get("locale"));
    const t = await getTranslations({ locale, namespace: "DeliveryExport.pdf" });
    const labels = {} as DeliveryPdfLabels;
    for (const key of LABEL_KEYS) labels[key] = t(key);
    const file = await exportDelivery(actor, id, format, locale, { labels, context });
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition("attachment", file.filename),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "X-Signatory-List-SHA256": file.listSha256,
      },
    });
  },
);
