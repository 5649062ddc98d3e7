import { confirmFollow } from "@/lib/follows/confirm-follow";
import { followerToken } from "@/lib/follows/follow-links";
import { localized, publicRoutes, withQuery } from "@/lib/routes";
import { seeOther } from "@/lib/signing/http";
import { publicFormRoute, type PublicFormSubmission } from "@/lib/signing/signing-route";

export const dynamic = "force-dynamic";

/**
 * The "Confirm and follow" button of a follow's confirmation page posts here; only a POST
 * confirms, so a link scanner fetching the e-mailed URL changes nothing. A confirmation answers
 * 303 to the follower's page of follows, which says "you now follow X"; a used, unknown or expired
 * link goes back to the confirmation page, which says which. When the database cannot be reached:
 * 503 with Retry-After and a way back to the button.
 */
export const POST = publicFormRoute<Record<string, never>>({
  fallbackPath: (_params, locale) => localized(locale, publicRoutes.home()),
  handle: async (submission) => {
    const outcome = await confirmFollow(token(submission));
    if (outcome.status === "confirmed") {
      return seeOther(
        withQuery(
          localized(
            submission.locale,
            publicRoutes.followManage(followerToken(outcome.followerId)),
          ),
          { confirmed: outcome.followId },
        ),
      );
    }
    return seeOther(confirmationPage(submission));
  },
  outage: (submission) => ({ kind: "confirm", backPath: confirmationPage(submission) }),
});

function token({ formData }: PublicFormSubmission): string {
  return String(formData.get("token") ?? "");
}

function confirmationPage(submission: PublicFormSubmission): string {
  return localized(submission.locale, publicRoutes.followConfirm(token(submission)));
}
