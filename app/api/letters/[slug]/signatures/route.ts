import { localized, publicRoutes } from "@/lib/routes";
import { requestProtocol } from "@/lib/security/client-address";
import { clientIpFromHeaders } from "@/lib/security/ip";
import { publicOrigin } from "@/lib/security/public-origin";
import {
  SIGN_FORM_COOKIE,
  SIGN_FORM_COOKIE_MAX_AGE_SECONDS,
  sealSignFormState,
  type SignFormState,
} from "@/lib/signing/form-cookie";
import { seeOther } from "@/lib/signing/http";
import { databaseUnavailableAnswer } from "@/lib/signing/outage-answer";
import { submitSignature } from "@/lib/signing/record-signature";
import { signingRoute } from "@/lib/signing/signing-route";

export const dynamic = "force-dynamic";

/**
 * The petition sign form posts here (see lib/signing/README.md for why a route handler and not a
 * server action: no page render per signature). Answers 303 to the "check your e-mail" page, or
 * back to the letter's /sign page with the values and errors in a short-lived encrypted cookie.
 * When the database cannot be reached: 503 with Retry-After and a page leading back to the /sign
 * page, which the same cookie fills in again (lib/signing/outage-answer.ts). That outage is
 * answered here, not by signingRoute's, because submitSignature keeps what was typed for it.
 */
export const POST = signingRoute({
  handle: async ({ request, slug, formData, locale }) => {
    const cookiePath = localized(locale, publicRoutes.letter(slug));
    const signPage = localized(locale, publicRoutes.letterSign(slug));

    const outcome = await submitSignature(formData, {
      slug,
      clientIp: clientIpFromHeaders(request.headers),
      origin: publicOrigin(),
    });

    if (outcome.status === "accepted") {
      return seeOther(localized(locale, publicRoutes.letterSigned(slug)), {
        "Set-Cookie": `${SIGN_FORM_COOKIE}=; Path=${cookiePath}; Max-Age=0; HttpOnly; SameSite=Lax`,
      });
    }
    if (outcome.status === "closed") return seeOther(signPage);

    const state: SignFormState = {
      problem: outcome.status === "rejected" ? "failed" : outcome.status,
      errors: outcome.status === "invalid" ? outcome.errors : {},
      values: outcome.values,
      slug,
      at: Date.now(),
    };
    const secure = requestProtocol(request.headers) === "https" ? "; Secure" : "";
    const headers = new Headers({
      "Set-Cookie": `${SIGN_FORM_COOKIE}=${sealSignFormState(state)}; Path=${cookiePath}; Max-Age=${SIGN_FORM_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
    });
    if (outcome.status === "unavailable") {
      return databaseUnavailableAnswer({ kind: "sign", locale, backPath: signPage, headers });
    }
    if (outcome.status === "rate-limited") {
      headers.set("Retry-After", String(outcome.retryAfterSeconds));
    }
    return seeOther(signPage, headers);
  },
});
