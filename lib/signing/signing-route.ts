import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { localized, publicRoutes } from "@/lib/routes";
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
  return publicFormRoute<{ slug: string }>({
    handle: (submission, { slug }) => options.handle({ ...submission, slug }),
    outage: options.outage
      ? (submission, { slug }) => options.outage!({ ...submission, slug })
      : undefined,
    fallbackPath: ({ slug }, locale) => localized(locale, publicRoutes.letter(slug)),
  });
}

/** What any public form route is given once the preamble has passed. */
export type PublicFormSubmission = Omit<SigningSubmission, "slug">;

/**
 * The same preamble for a public form route of any shape (lib/follows' routes have no letter):
 * `params` are the route's, `fallbackPath` is where a too-large body's page leads back to when
 * the Referer does not say.
 */
export function publicFormRoute<Params>(options: {
  handle: (submission: PublicFormSubmission, params: Params) => Promise<Response>;
  outage?: (submission: PublicFormSubmission, params: Params) => SigningOutageAnswer;
  fallbackPath: (params: Params, locale: Locale) => string;
}): (request: Request, context: { params: Promise<Params> }) => Promise<Response> {
  return async (request, context) => {
    if (!isSameOriginRequest(request)) {
      return new Response("Cross-site form submissions are not accepted.", { status: 403 });
    }
    const params = await context.params;
    const formData = await readForm(request, (locale) => options.fallbackPath(params, locale));
    if (formData instanceof Response) return formData;
    const submission: PublicFormSubmission = { request, formData, locale: formLocale(formData) };
    if (!options.outage) return options.handle(submission, params);
    try {
      return await options.handle(submission, params);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      reportDatabaseUnavailable(error);
      return databaseUnavailableAnswer({
        ...options.outage(submission, params),
        locale: submission.locale,
      });
    }
  };
}
