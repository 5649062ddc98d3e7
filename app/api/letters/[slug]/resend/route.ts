import { clientIpFromHeaders } from "@/lib/security/ip";
import { publicOrigin } from "@/lib/security/public-origin";
import { formLocale, letterPath, pathSegment, readForm, seeOther } from "@/lib/signing/http";
import { resendConfirmation } from "@/lib/signing/resend-confirmation";
import { isSameOriginRequest } from "@/lib/security/public-origin";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { reportDatabaseUnavailable } from "@/lib/server/outage-log";
import { databaseUnavailableAnswer } from "@/lib/signing/outage-answer";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

/**
 * "Send me a new confirmation link" posts here. The answer is the same whether or not the
 * address has signed; only a malformed address is pointed out (it carries no e-mail in the URL:
 * the page shows an empty field with the error). When the database cannot be reached: 503 with
 * Retry-After and the form again with the address filled in (lib/signing/outage-answer.ts).
 */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  if (!isSameOriginRequest(request)) {
    return new Response("Cross-site form submissions are not accepted.", { status: 403 });
  }
  const { slug } = await params;
  const formData = await readForm(request, slug);
  if (formData instanceof Response) return formData;
  const locale = formLocale(formData);
  let outcome: Awaited<ReturnType<typeof resendConfirmation>>;
  try {
    outcome = await resendConfirmation(formData, {
      slug,
      clientIp: clientIpFromHeaders(request.headers),
      origin: publicOrigin(),
    });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseUnavailable(error);
    return databaseUnavailableAnswer({
      kind: "resend",
      locale,
      backPath: letterPath(locale, slug, "/resend"),
      resend: {
        action: `/api/letters/${pathSegment(slug)}/resend`,
        email: String(formData.get("email") ?? ""),
      },
    });
  }
  const result = outcome.status === "invalid" ? `invalid-${outcome.error}` : outcome.status;
  return seeOther(letterPath(locale, slug, `/resend?result=${result}`));
}
