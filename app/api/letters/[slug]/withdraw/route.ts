import { formLocale, letterPath, pathSegment, readForm, seeOther } from "@/lib/signing/http";
import { withdrawSignature } from "@/lib/signing/withdraw-signature";
import { isSameOriginRequest } from "@/lib/security/public-origin";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { reportDatabaseUnavailable } from "@/lib/server/outage-log";
import { databaseUnavailableAnswer } from "@/lib/signing/outage-answer";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

/**
 * The "Withdraw my signature" button posts here; 303 back to the page with the outcome, or, when
 * the database cannot be reached, 503 with Retry-After and a page leading back to the button.
 */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  if (!isSameOriginRequest(request)) {
    return new Response("Cross-site form submissions are not accepted.", { status: 403 });
  }
  const { slug } = await params;
  const formData = await readForm(request, slug);
  if (formData instanceof Response) return formData;
  const token = String(formData.get("token") ?? "");
  const locale = formLocale(formData);
  const page = letterPath(locale, slug, `/withdraw/${pathSegment(token)}`);
  try {
    const outcome = await withdrawSignature(slug, token);
    return seeOther(`${page}?result=${outcome}`);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseUnavailable(error);
    return databaseUnavailableAnswer({ kind: "withdraw", locale, backPath: page });
  }
}
