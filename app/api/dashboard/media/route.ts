import { getActor } from "@/lib/auth/session";
import { signInPath } from "@/lib/auth/paths";
import { can } from "@/lib/auth/policy";
import { routing, type Locale } from "@/lib/i18n/routing";
import { parseMediaDetails, readMediaDetailsValues } from "@/lib/media/media-details-schema";
import { storeUpload } from "@/lib/media/media-writes";
import { prepareUpload } from "@/lib/media/prepare-upload";
import { uploadProblemQuery, type UploadProblem } from "@/lib/media/upload-outcome";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload-limits";
import { UploadRejectedError } from "@/lib/media/upload-rejection";
import type { MediaDetailsErrors, MediaDetailsValues } from "@/lib/media/media-details-schema";
import { requestContextFromHeaders } from "@/lib/security/request-context";

/** Room for the form's text fields and the multipart framing around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

function redirectTo(request: Request, path: string): Response {
  // 303: the browser follows with a GET, so reloading the result does not upload again.
  return Response.redirect(new URL(path, request.url), 303);
}

/**
 * POST /api/dashboard/media?locale=en: the media library's upload form (multipart), with or
 * without JavaScript. Answers with a redirect to the new asset's page, or back to the library
 * with what went wrong (see lib/media/upload-outcome.ts).
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const requested = url.searchParams.get("locale") ?? "";
  const locale: Locale = (routing.locales as readonly string[]).includes(requested)
    ? (requested as Locale)
    : routing.defaultLocale;
  const libraryPath = `/${locale}/dashboard/media`;
  const empty: MediaDetailsValues = { "alt.en": "", "alt.ru": "", credit: "" };
  const back = (problem: UploadProblem, values = empty, errors: MediaDetailsErrors = {}) =>
    redirectTo(request, `${libraryPath}?${uploadProblemQuery(problem, values, errors)}#upload`);

  // Another site's form must not upload with a staff member's cookies. (The session cookie is
  // SameSite=Lax, which already keeps it off cross-site POSTs; this says so explicitly.)
  const origin = request.headers.get("origin");
  if (origin && origin !== url.origin) return back("crossSite");

  const actor = await getActor();
  if (!actor) return redirectTo(request, signInPath(locale, libraryPath));
  if (!can(actor, "upload", { type: "media" })) return back("forbidden");

  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) return back("tooLarge");

  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return back("noFile");
  }
  const values = readMediaDetailsValues(formData);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return back("noFile", values);
  if (file.size > MAX_UPLOAD_BYTES) return back("tooLarge", values);

  try {
    const upload = await prepareUpload(new Uint8Array(await file.arrayBuffer()), {
      filename: file.name,
      contentType: file.type,
    });
    const details = parseMediaDetails(values, upload.kind);
    if (!details.success) return back("invalid", values, details.errors);
    const stored = await storeUpload(
      actor,
      upload,
      { details: details.details, originalFilename: file.name || null },
      { context: requestContextFromHeaders(request.headers) },
    );
    return redirectTo(
      request,
      `${libraryPath}/${stored.id}?notice=${stored.duplicateOf ? "duplicate" : "uploaded"}`,
    );
  } catch (error) {
    if (error instanceof UploadRejectedError) return back(error.reason, values);
    throw error;
  }
}
