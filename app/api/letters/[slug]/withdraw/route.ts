import { localized, publicRoutes, withQuery } from "@/lib/routes";
import { seeOther } from "@/lib/signing/http";
import { signingRoute, type SigningSubmission } from "@/lib/signing/signing-route";
import { withdrawSignature } from "@/lib/signing/withdraw-signature";

export const dynamic = "force-dynamic";

/**
 * The "Withdraw my signature" button posts here; 303 back to the page with the outcome, or, when
 * the database cannot be reached, 503 with Retry-After and a page leading back to the button.
 */
export const POST = signingRoute({
  handle: async (submission) => {
    const outcome = await withdrawSignature(submission.slug, token(submission));
    return seeOther(withQuery(withdrawalPage(submission), { result: outcome }));
  },
  outage: (submission) => ({ kind: "withdraw", backPath: withdrawalPage(submission) }),
});

function token({ formData }: SigningSubmission): string {
  return String(formData.get("token") ?? "");
}

/** The page with the button, which shows the outcome. */
function withdrawalPage(submission: SigningSubmission): string {
  return localized(
    submission.locale,
    publicRoutes.letterWithdraw(submission.slug, token(submission)),
  );
}
