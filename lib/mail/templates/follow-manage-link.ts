import type { MailPayloads } from "@/lib/mail/mail-kinds";
import {
  followMailTranslator,
  followUnsubscribeHeaders,
} from "@/lib/mail/templates/follow-confirm";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

/**
 * The link to a follower's page of follows: asked for on the lost-link page, or sent because the
 * follow form was used for something the address already follows (the form's answer is the same
 * either way; this e-mail is where the owner learns it).
 */
export function followManageLinkMail(
  context: MailContext,
  payload: MailPayloads["follow.manage-link"],
): MailDocument {
  const t = followMailTranslator(context.locale);
  const already = payload.reason === "already-following";
  const name = payload.targetName ?? "";
  return {
    ...composeMail(context, {
      subject: already
        ? t("manageLink.subjectAlreadyFollowing", { name })
        : t("manageLink.subjectRequested"),
      blocks: [
        {
          type: "paragraph",
          text: already ? t("manageLink.alreadyFollowing", { name }) : t("manageLink.requested"),
        },
        {
          type: "action",
          label: t("manageLink.action"),
          url: payload.manageUrl,
          emphasis: "primary",
        },
        { type: "paragraph", text: t("manageLink.private") },
        { type: "paragraph", text: t("manageLink.unsubscribe") },
        {
          type: "action",
          label: t("manageLink.unsubscribeAction"),
          url: payload.unsubscribePageUrl,
          emphasis: "secondary",
        },
      ],
    }),
    headers: followUnsubscribeHeaders(payload.unsubscribeUrl),
  };
}
