import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import type { DeliveryPdfLabels } from "@/lib/delivery/delivery-pdf";
import { exportDelivery, isDeliveryFormat } from "@/lib/delivery/export-delivery";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { routing, type Locale } from "@/lib/i18n/routing";
import { getRequestContext } from "@/lib/security/request-context";
import { contentDisposition } from "@/lib/storage/media-files";

function problem(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

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
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; format: string }> },
) {
  const { id, format } = await params;
  if (!isDeliveryFormat(format)) return problem(404, "Unknown format");
  const requested = new URL(request.url).searchParams.get("locale") ?? routing.defaultLocale;
  const locale: Locale = (routing.locales as readonly string[]).includes(requested)
    ? (requested as Locale)
    : routing.defaultLocale;

  const actor = await getActor();
  if (!actor) return problem(401, "Sign in to export");
  const t = await getTranslations({ locale, namespace: "DeliveryExport.pdf" });
  const labels = {} as DeliveryPdfLabels;
  for (const key of LABEL_KEYS) labels[key] = t(key);
  try {
    const file = await exportDelivery(actor, id, format, locale, {
      labels,
      context: await getRequestContext(),
    });
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition("attachment", file.filename),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "X-Signatory-List-SHA256": file.listSha256,
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return problem(403, "Your role may not export deliveries");
    if (error instanceof NotFoundError) return problem(404, "No such letter or no text yet");
    throw error;
  }
}
