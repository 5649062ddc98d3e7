import "server-only";
import { PayloadTooLargeError } from "@/lib/errors";
import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";
import { PUBLIC_FORM_BODY_LIMIT_BYTES, readBoundedForm } from "@/lib/security/bounded-body";
import {
  localeOfPath,
  payloadTooLargeResponse,
  sameSiteRefererPath,
} from "@/lib/security/too-large-page";

/**
 * What the signing route handlers share: the form's bounded reading, its locale, and the 303
 * answer that sends a browser that posted a form on to a page. Their preamble, which uses these,
 * is signing-route.ts; their Origin check is lib/security/public-origin.ts's, which staff writes
 * use too.
 */

export function formLocale(formData: FormData): Locale {
  return knownLocaleOr(formData.get("locale"));
}

/** 303 See Other to a path of this site: the browser follows it with a GET. */
export function seeOther(path: string, headers?: HeadersInit): Response {
  const response = new Response(null, { status: 303, headers });
  response.headers.set("Location", path);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * The form data of a urlencoded or multipart POST, read within PUBLIC_FORM_BODY_LIMIT_BYTES; or
 * the answer to send instead: 400 for any other body, 413 (a readable page with a link back to
 * the form the visitor came from, or `fallbackPath`) for one over the limit, before it is parsed.
 */
export async function readForm(
  request: Request,
  fallbackPath: (locale: Locale) => string,
): Promise<FormData | Response> {
  try {
    const formData = await readBoundedForm(request, PUBLIC_FORM_BODY_LIMIT_BYTES);
    return formData ?? new Response("Expected a form submission.", { status: 400 });
  } catch (error) {
    if (!(error instanceof PayloadTooLargeError)) throw error;
    const backPath = sameSiteRefererPath(request);
    const locale = localeOfPath(backPath ?? "");
    return payloadTooLargeResponse({
      limitBytes: error.limitBytes,
      locale,
      backPath: backPath ?? fallbackPath(locale),
    });
  }
}
