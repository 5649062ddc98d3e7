import { signInPath } from "@/lib/auth/paths";
import { staffRoute, type RouteRefusal } from "@/lib/auth/staff-route";
import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";
import { parseMediaDetails, readMediaDetailsValues } from "@/lib/media/media-details-schema";
import { storeUpload } from "@/lib/media/media-writes";
import { prepareUpload } from "@/lib/media/prepare-upload";
import { uploadProblemQuery, type UploadProblem } from "@/lib/media/upload-outcome";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload-limits";
import { UploadRejectedError } from "@/lib/media/upload-rejection";
import type { MediaDetailsErrors, MediaDetailsValues } from "@/lib/media/media-details-schema";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";

/** Room for the form's text fields and the multipart framing around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

function redirectTo(path: string): Response {
  // 303: the browser follows with a GET, so reloading the result does not upload again. The
  // Location is a path: an absolute one made from request.url would carry the client's Host.
  return new Response(null, {
    status: 303,
    headers: { Location: path, "Cache-Control": "no-store" },
  });
}

function uploadLocale(request: Request): Locale {
  return knownLocaleOr(new URL(request.url).searchParams.get("locale"));
}

const libraryPath = (locale: Locale) => localized(locale, dashboardRoutes.media());
const EMPTY_VALUES: MediaDetailsValues = { "alt.en": "", "alt.ru": "", credit: "" };

function backToLibrary(
  request: Request,
  problem: UploadProblem,
  values = EMPTY_VALUES,
  errors: MediaDetailsErrors = {},
): Response {
  const path = libraryPath(uploadLocale(request));
  return redirectTo(`${path}?${uploadProblemQuery(problem, values, errors)}#upload`);
}

/** The upload form works without JavaScript: a refusal sends the browser back to a page. */
function refuseUpload(refusal: RouteRefusal, request: Request): Response {
  const locale = uploadLocale(request);
  if (refusal.code === "signed-out") return redirectTo(signInPath(locale, libraryPath(locale)));
  if (refusal.code === "two-factor-required") {
    return redirectTo(localized(locale, dashboardRoutes.twoFactor()));
  }
  if (refusal.code === "cross-site") return backToLibrary(request, "crossSite");
  if (refusal.code === "too-large") return backToLibrary(request, "tooLarge");
  return backToLibrary(request, "forbidden");
}

/**
 * POST /api/dashboard/media?locale=en: the media library's upload form (multipart), with or
 * without JavaScript. Answers with a redirect to the new asset's page, or back to the library
 * with what went wrong (see lib/media/upload-outcome.ts). Another site's form never uploads with
 * a staff member's cookies: staffRoute checks the Origin against the configured public origin.
 */
export const POST = staffRoute(
  {
    permission: { action: "upload", type: "media" },
    refuse: refuseUpload,
    // Counted while the multipart body streams: a chunked body has no Content-Length to check.
    maxBodyBytes: MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES,
  },
  async ({ request, actor, context }) => {
    const back = (problem: UploadProblem, values = EMPTY_VALUES, errors: MediaDetailsErrors = {}) =>
      backToLibrary(request, problem, values, errors);

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
        { context },
      );
      const assetPath = localized(uploadLocale(request), dashboardRoutes.mediaAsset(stored.id));
      return redirectTo(
        withQuery(assetPath, { notice: stored.duplicateOf ? "duplicate" : "uploaded" }),
      );
    } catch (error) {
      if (error instanceof UploadRejectedError) return back(error.reason, values);
      throw error;
    }
  },
);
