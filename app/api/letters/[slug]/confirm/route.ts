import { localized, publicRoutes, withQuery } from "@/lib/routes";
import { confirmSignature } from "@/lib/signing/confirm-signature";
import { seeOther } from "@/lib/signing/http";
import { signingRoute, type SigningSubmission } from "@/lib/signing/signing-route";

export const dynamic = "force-dynamic";

/**
 * The "Confirm my signature" button of a confirmation page posts here. Only a POST confirms, so
 * a link scanner fetching the e-mailed URL changes nothing. Answers 303 back to the confirmation
 * page with the outcome to show; when the database cannot be reached, 503 with Retry-After and
 * a page saying nothing changed, leading back to the button.
 */
export const POST = signingRoute({
  handle: async (submission) => {
    const outcome = await confirmSignature(submission.slug, token(submission));
    return seeOther(withQuery(confirmationPage(submission), { result: outcome }));
  },
  outage: (submission) => ({ kind: "confirm", backPath: confirmationPage(submission) }),
});

function token({ formData }: SigningSubmission): string {
  return String(formData.get("token") ?? "");
}

/** The page with the button, which shows the outcome. */
function confirmationPage(submission: SigningSubmission): string {
  return localized(
    submission.locale,
    publicRoutes.letterConfirm(submission.slug, token(submission)),
  );
}
