import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { isSameOriginRequest } from "@/lib/security/public-origin";
import { formLocale, readForm } from "@/lib/signing/http";
import { databaseUnavailableAnswer, type OutageAnswerOptions } from "@/lib/signing/outage-answer";

/**
 * The one preamble of the public signing route handlers (sign, confirm, withdraw, resend), so
 * that each route states only what is its own:
 *
 *   1. a form posted from another site is refused (403; lib/security/public-origin.ts is the
 *      CSRF guard of the cached pages, which cannot carry a token),
 *   2. the body is read within the public form limit (400 for a body that is not a form, 413
 *      with a page back to the form: lib/signing/http.ts), and its locale taken,
 *   3. the route's own work runs; when the database cannot be reached it throws, and the answer
 *      is the route's 503 page with Retry-After (lib/signing/outage-answer.ts), the outage
 *      logged once (lib/logging/outage-log.ts). A route that handles the outage itself (the sign
 *      form keeps what was typed) gives no `outage` and answers its own 503.
 *
 * Timing is the route's: nothing here waits, so a route's pacing (answer-pacing.ts) is untouched.
 */

/** What a signing route is given once the preamble has passed. */
export interface SigningSubmission {
  request: Request;
  slug: string;
  formData: FormData;
  /** The locale the form was shown in (its hidden field), else the default. */
  locale: Locale;
}

/** The 503 page of a route, without the locale (the submission's). */
export type SigningOutageAnswer = Omit<OutageAnswerOptions, "locale">;

export interface SigningRouteOptions {
  /** The route's own work: validate, act, answer (usually a 303 from lib/signing/http.ts). */
  handle: (submission: SigningSubmission) => Promise<Response>;
  /** The 503 page to answer when `handle` finds the database unreachable. */
  outage?: (submission: SigningSubmission) => SigningOutageAnswer;
}

type SigningRouteContext = { params: Promise<{ slug: string }> };

export function signingRoute(
  options: SigningRouteOptions,
): (request: Request, context: SigningRouteContext) => Promise<Response> {
  return async (request, { params }) => {
    if (!isSameOriginRequest(request)) {
      return new Response("Cross-site form submissions are not accepted.", { status: 403 });
    }
    const { slug } = await params;
    const formData = await readForm(request, slug);
    if (formData instanceof Response) return formData;
    const submission: SigningSubmission = { request, slug, formData, locale: formLocale(formData) };
    if (!options.outage) return options.handle(submission);
    try {
      return await options.handle(submission);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      reportDatabaseUnavailable(error);
      return databaseUnavailableAnswer({
        ...options.outage(submission),
        locale: submission.locale,
      });
    }
  };
}
