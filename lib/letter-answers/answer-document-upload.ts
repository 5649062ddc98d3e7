import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { InvalidFieldsError } from "@/lib/errors";
import { MEDIA_DETAILS_FIELDS, parseMediaDetails } from "@/lib/media/media-details-schema";
import { storeUpload } from "@/lib/media/media-writes";
import { prepareUpload } from "@/lib/media/prepare-upload";
import { MAX_PDF_BYTES } from "@/lib/media/upload-limits";
import { UploadRejectedError, type UploadRejectionReason } from "@/lib/media/upload-rejection";
import type { RequestContext } from "@/lib/security/request-context";
import { STAFF_FORM_BODY_LIMIT_BYTES } from "@/lib/security/bounded-body";

/** The answer form's file field (components/dashboard/letter/letter-answer-form.tsx). */
export const ANSWER_DOCUMENT_FIELD = "documentFile";

/**
 * The largest PDF the answer form takes. The form is a server action, so that a refusal comes
 * back with everything typed, with or without JavaScript; its whole post is bounded by
 * STAFF_FORM_BODY_LIMIT_BYTES (1 MB, a security setting of next.config.js and proxy.ts), and a
 * quarter of that stays for the summaries and the reply's text. A larger PDF (up to the media
 * library's MAX_PDF_BYTES) goes through the library's upload route and is then chosen in the list;
 * the message of "documentTooLarge" says so.
 */
export const ANSWER_PDF_MAX_BYTES = Math.min(
  MAX_PDF_BYTES,
  STAFF_FORM_BODY_LIMIT_BYTES - 256 * 1024,
);

/** Every refusal of the media path, as the answer form's message codes (a PDF is expected). */
const REFUSALS: Record<UploadRejectionReason, string> = {
  empty: "documentEmpty",
  tooLarge: "documentTooLarge",
  notAnImage: "documentNotPdf",
  notAPdf: "documentNotPdf",
  unsupportedType: "documentNotPdf",
  tooManyPixels: "documentNotPdf",
  unreadableImage: "documentNotPdf",
};

/** A file input left empty posts an empty, nameless file: that is no upload. */
export function chosenFile(value: FormDataEntryValue | null): File | null {
  if (value === null || typeof value === "string") return null;
  return value.size === 0 && value.name === "" ? null : value;
}

/**
 * Stores the PDF uploaded with an answer through the media library's own path (lib/media: the
 * type read from the bytes, never from the name; the size limits; the "media.upload" audit row;
 * an identical file already in the library is reused) and returns its asset id. A file that is
 * not a PDF, empty or too large is refused with InvalidFieldsError on the file field, before
 * anything is written. Like any library file, it stays private until a published answer uses it
 * (lib/data/public-media-file.ts); if the answer's save then fails, it stays in the library.
 */
export async function storeAnswerDocument(
  actor: Actor,
  file: File,
  context: RequestContext,
): Promise<string> {
  const refuse = (code: string) => new InvalidFieldsError({ [ANSWER_DOCUMENT_FIELD]: code });
  if (file.size > ANSWER_PDF_MAX_BYTES) throw refuse("documentTooLarge");
  let upload;
  try {
    upload = await prepareUpload(new Uint8Array(await file.arrayBuffer()), {
      filename: file.name,
      contentType: file.type,
    });
  } catch (error) {
    if (error instanceof UploadRejectedError) throw refuse(REFUSALS[error.reason]);
    throw error;
  }
  if (upload.kind !== "PDF") throw refuse("documentNotPdf");
  // A PDF needs neither a text alternative nor a credit (media-details-schema.ts).
  const blank = Object.fromEntries(MEDIA_DETAILS_FIELDS.map((field) => [field, ""]));
  const details = parseMediaDetails(blank as Parameters<typeof parseMediaDetails>[0], "PDF");
  if (!details.success) throw refuse("documentNotPdf");
  const stored = await storeUpload(
    actor,
    upload,
    { details: details.details, originalFilename: file.name || null },
    { context },
  );
  return stored.id;
}
