import { lostLinkCookie } from "@/lib/follows/follow-form-cookie";
import { requestManageLink } from "@/lib/follows/lost-link";
import { apiRoutes, localized, publicRoutes, withQuery } from "@/lib/routes";
import { requestProtocol } from "@/lib/security/client-address";
import { clientIpFromHeaders } from "@/lib/security/ip";
import { seeOther } from "@/lib/signing/http";
import { publicFormRoute } from "@/lib/signing/signing-route";

export const dynamic = "force-dynamic";

/**
 * "E-mail me the link to my follows" posts here. The answer is the same whether or not the
 * address follows anything (the look-up and the e-mail come after it: lib/follows/lost-link.ts);
 * a malformed address goes back to the form with what was typed, in a short-lived encrypted
 * cookie. When the database cannot be reached: 503 with Retry-After and the form again, filled in.
 */
export const POST = publicFormRoute<Record<string, never>>({
  fallbackPath: (_params, locale) => localized(locale, publicRoutes.followLostLink()),
  handle: async ({ request, formData, locale }) => {
    const outcome = await requestManageLink(formData, {
      clientIp: clientIpFromHeaders(request.headers),
    });
    const page = localized(locale, publicRoutes.followLostLink());
    const secure = requestProtocol(request.headers) === "https";
    if (outcome.status === "sent") {
      return seeOther(withQuery(page, { result: "sent" }), {
        "Set-Cookie": lostLinkCookie(null, locale, secure),
      });
    }
    const state = {
      problem: outcome.status === "invalid" ? ("invalid" as const) : ("rate-limited" as const),
      error: outcome.status === "invalid" ? outcome.error : undefined,
      email: outcome.email,
      at: Date.now(),
    };
    return seeOther(page, { "Set-Cookie": lostLinkCookie(state, locale, secure) });
  },
  outage: ({ formData, locale }) => ({
    kind: "resend",
    backPath: localized(locale, publicRoutes.followLostLink()),
    resend: { action: apiRoutes.followLostLink(), email: String(formData.get("email") ?? "") },
  }),
});
