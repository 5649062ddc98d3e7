import { letterPdfResponse } from "@/lib/letters-to-prisoners/letter-pdf-response";
import { publicRoute } from "@/lib/security/public-route";

type Context = { params: Promise<{ locale: string; slug: string }> };

/**
 * The printable letter sheet of the "Write a letter" page: /en/prisoners/<slug>/write/letter.pdf.
 * Limited per client address, as each answer is drawn afresh ("letter-pdf-ip").
 */
export const GET = publicRoute<Context>("letter-pdf-ip", async (_request, { params }) => {
  const { locale, slug } = await params;
  return letterPdfResponse("sheet", locale, slug);
});
