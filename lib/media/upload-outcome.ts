import {
  MEDIA_DETAILS_FIELDS,
  type MediaDetailsErrors,
  type MediaDetailsValues,
} from "@/lib/media/media-details-schema";
import type { UploadRejectionReason } from "@/lib/media/upload-rejection";

/**
 * The upload form posts to a route handler (files are too large for a server action), which
 * answers with a redirect: to the new asset, or back to the library with the problem, the
 * field errors and what was typed in the query, so that the form shows them again without
 * JavaScript. Alt text and credits are not secret; the file itself must be chosen again (no
 * browser lets a page pre-fill a file input).
 */
export type UploadProblem =
  UploadRejectionReason | "noFile" | "invalid" | "forbidden" | "crossSite";

export interface UploadFormEcho {
  problem: UploadProblem | null;
  values: MediaDetailsValues;
  errors: MediaDetailsErrors;
}

const PROBLEMS = new Set<string>([
  "empty",
  "tooLarge",
  "notAnImage",
  "notAPdf",
  "unsupportedType",
  "tooManyPixels",
  "unreadableImage",
  "noFile",
  "invalid",
  "forbidden",
  "crossSite",
] satisfies UploadProblem[]);

const ERROR_CODES = new Set(["altRequired", "altTooLong", "creditRequired", "creditTooLong"]);

export function uploadProblemQuery(
  problem: UploadProblem,
  values: MediaDetailsValues,
  errors: MediaDetailsErrors = {},
): string {
  const query = new URLSearchParams({ problem });
  for (const field of MEDIA_DETAILS_FIELDS) {
    // Bounded: a URL must stay a URL even if someone pasted an essay.
    if (values[field]) query.set(field, values[field].slice(0, 400));
    const error = errors[field];
    if (error) query.set(`error.${field}`, error);
  }
  return query.toString();
}

/** Reads the echo from the library page's search parameters (anything unknown is dropped). */
export function readUploadEcho(
  searchParams: Record<string, string | string[] | undefined>,
): UploadFormEcho {
  const one = (name: string) => {
    const value = searchParams[name];
    return typeof value === "string" ? value : "";
  };
  const problem = one("problem");
  const values = Object.fromEntries(
    MEDIA_DETAILS_FIELDS.map((field) => [field, one(field)]),
  ) as MediaDetailsValues;
  const errors: MediaDetailsErrors = {};
  for (const field of MEDIA_DETAILS_FIELDS) {
    const code = one(`error.${field}`);
    if (ERROR_CODES.has(code)) errors[field] = code as MediaDetailsErrors[typeof field];
  }
  return { problem: PROBLEMS.has(problem) ? (problem as UploadProblem) : null, values, errors };
}
