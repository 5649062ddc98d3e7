import { confirmSignature } from "@/lib/signing/confirm-signature";
import { formLocale, letterPath, pathSegment, readForm, seeOther } from "@/lib/signing/http";
import { isSameOriginRequest } from "@/lib/security/public-origin";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { reportDatabaseUnavailable } from "@/lib/server/outage-log";
import { databaseUnavailableAnswer } from "@/lib/signing/outage-answer";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

/**
 * The "Confirm my signature" button of a confirmation page posts here. Only a POST confirms, so
 * a link scanner fetching the e-mailed URL changes nothing. Answers 303 back to the confirmation
 * page with the outcome to show; when the database cannot be reached, 503 with Retry-After and
 * a page saying nothing changed, leading back to the button.
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
  const page = letterPath(locale, slug, `/confirm/${pathSegment(token)}`);
  try {
    const outcome = await confirmSignature(slug, token);
    return seeOther(`${page}?result=${outcome}`);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseUnavailable(error);
    return databaseUnavailableAnswer({ kind: "confirm", locale, backPath: page });
  }
}
