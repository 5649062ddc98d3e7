import type { FollowFormState } from "@/lib/follows/follow-form-cookie";
import { followFormCookie } from "@/lib/follows/follow-form-cookie";
import { followTargetOfForm } from "@/lib/follows/follow-target-ref";
import { submitFollow } from "@/lib/follows/record-follow";
import { localized, publicRoutes } from "@/lib/routes";
import { requestProtocol } from "@/lib/security/client-address";
import { clientIpFromHeaders } from "@/lib/security/ip";
import { seeOther } from "@/lib/signing/http";
import { databaseUnavailableAnswer } from "@/lib/signing/outage-answer";
import { publicFormRoute } from "@/lib/signing/signing-route";

export const dynamic = "force-dynamic";

/**
 * The follow forms of the profile, country and letter pages post here (a route handler: those
 * pages are cached). Same-origin and bounded body (publicFormRoute, the signing forms' preamble).
 * Answers 303 to "check your inbox" whatever the address (new, pending, already following, a
 * robot's); a form with problems goes back to /follow?<kind>=<key> with what was typed and what
 * was wrong in a short-lived encrypted cookie. When the database cannot be reached: 503 with
 * Retry-After and a page leading back to that form, filled in again by the same cookie.
 */
export const POST = publicFormRoute<Record<string, never>>({
  fallbackPath: (_params, locale) => localized(locale, publicRoutes.home()),
  handle: async ({ request, formData, locale }) => {
    const outcome = await submitFollow(formData, {
      clientIp: clientIpFromHeaders(request.headers),
    });
    const secure = requestProtocol(request.headers) === "https";
    if (outcome.status === "accepted") {
      return seeOther(localized(locale, publicRoutes.followSent()), {
        "Set-Cookie": followFormCookie(null, locale, secure),
      });
    }
    const target = followTargetOfForm(formData);
    if (!target) return seeOther(localized(locale, publicRoutes.home()));
    const formPage = localized(locale, publicRoutes.follow(target));
    const state: FollowFormState = {
      problem: outcome.status === "rejected" ? "failed" : outcome.status,
      errors: outcome.status === "invalid" ? outcome.errors : {},
      values: outcome.values,
      target,
      at: Date.now(),
    };
    const headers = new Headers({ "Set-Cookie": followFormCookie(state, locale, secure) });
    if (outcome.status === "unavailable") {
      return databaseUnavailableAnswer({ kind: "follow", locale, backPath: formPage, headers });
    }
    if (outcome.status === "rate-limited") {
      headers.set("Retry-After", String(outcome.retryAfterSeconds));
    }
    return seeOther(formPage, headers);
  },
});
