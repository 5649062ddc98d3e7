import "server-only";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";
import { renderEnvelopePdf, renderLetterSheetPdf } from "./letter-pdfs";
import { getLetterWritingPage } from "./letter-writing";

const notFound = () => new Response("Not found", { status: 404 });

/**
 * The envelope or letter sheet as a download. Only where the page offers an address: a person
 * whose letters do not arrive, or whose address is not public, has no PDF either (404). Public
 * and cacheable for a few minutes (no cookie is read or set); the envelope's labels are in the
 * envelope's script, so that the post office reads them.
 */
export async function letterPdfResponse(
  kind: "envelope" | "sheet",
  locale: string,
  slug: string,
): Promise<Response> {
  if (!hasLocale(routing.locales, locale) || !CONTENT_SLUG_PATTERN.test(slug)) return notFound();
  const page = await getLetterWritingPage(slug, locale);
  if (!page?.envelope) return notFound();
  const envelope = page.envelope;
  const labelLocale = envelope.script === "cyrillic" ? "ru" : locale;
  const t = await getTranslations({ locale: labelLocale, namespace: "WriteLetter.pdf" });
  const tPage = await getTranslations({ locale, namespace: "WriteLetter.pdf" });
  const bytes =
    kind === "envelope"
      ? await renderEnvelopePdf(
          envelope,
          {
            from: t("from"),
            fromHint: tPage("fromHint"),
            to: t("to"),
            where: t("where"),
            postcode: t("postcode"),
          },
          envelope.recipient,
        )
      : await renderLetterSheetPdf(envelope, {
          title: tPage("sheetTitle", { name: page.name.text }),
          to: t("to"),
          date: tPage("date"),
          footer: tPage("sheetFooter", {
            language: tPage(envelope.script === "cyrillic" ? "languageCyrillic" : "languageLatin"),
          }),
        });
  const filename = `${slug}-${kind === "envelope" ? "envelope" : "letter"}.pdf`;
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
