import { clientIpFromHeaders } from "@/lib/security/ip";
import { publicOrigin } from "@/lib/security/public-origin";
import { apiRoutes, localized, publicRoutes, withQuery } from "@/lib/routes";
import { seeOther } from "@/lib/signing/http";
import { resendConfirmation } from "@/lib/signing/resend-confirmation";
import { signingRoute } from "@/lib/signing/signing-route";

export const dynamic = "force-dynamic";

/**
 * "Send me a new confirmation link" posts here. The answer is the same whether or not the
 * address has signed; only a malformed address is pointed out (it carries no e-mail in the URL:
 * the page shows an empty field with the error). When the database cannot be reached: 503 with
 * Retry-After and the form again with the address filled in (lib/signing/outage-answer.ts).
 */
export const POST = signingRoute({
  handle: async ({ request, slug, formData, locale }) => {
    const outcome = await resendConfirmation(formData, {
      slug,
      clientIp: clientIpFromHeaders(request.headers),
      origin: publicOrigin(),
    });
    const result = outcome.status === "invalid" ? `invalid-${outcome.error}` : outcome.status;
    return seeOther(withQuery(localized(locale, publicRoutes.letterResend(slug)), { result }));
  },
  outage: ({ slug, formData, locale }) => ({
    kind: "resend",
    backPath: localized(locale, publicRoutes.letterResend(slug)),
    resend: { action: apiRoutes.letterResend(slug), email: String(formData.get("email") ?? "") },
  }),
});
