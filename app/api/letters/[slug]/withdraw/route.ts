import { formLocale, letterPath, pathSegment, readForm, seeOther } from "@/lib/signing/http";
import { withdrawSignature } from "@/lib/signing/withdraw-signature";
import { isSameOriginRequest } from "@/lib/security/public-origin";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

/** The "Withdraw my signature" button posts here; 303 back to the page with the outcome. */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  if (!isSameOriginRequest(request)) {
    return new Response("Cross-site form submissions are not accepted.", { status: 403 });
  }
  const { slug } = await params;
  const formData = await readForm(request, slug);
  if (formData instanceof Response) return formData;
  const token = String(formData.get("token") ?? "");
  const outcome = await withdrawSignature(slug, token);
  return seeOther(
    letterPath(formLocale(formData), slug, `/withdraw/${pathSegment(token)}?result=${outcome}`),
  );
}
