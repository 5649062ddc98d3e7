import type { MailContent, MailKind, MailPayloads } from "@/lib/mail/mail-kinds";
import { authInvitationMail } from "@/lib/mail/templates/auth-invitation";
import { authPasswordChangedMail } from "@/lib/mail/templates/auth-password-changed";
import { authPasswordResetMail } from "@/lib/mail/templates/auth-password-reset";
import { authSignInBurstMail } from "@/lib/mail/templates/auth-sign-in-burst";
import { mailDeliveryFailingMail } from "@/lib/mail/templates/mail-delivery-failing";
import { createMailContext, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument, RenderedMail } from "@/lib/mail/templates/mail-document";
import { renderMailHtml } from "@/lib/mail/templates/render-html";
import { renderMailText } from "@/lib/mail/templates/render-text";
import { signatureAlreadySignedMail } from "@/lib/mail/templates/signature-already-signed";
import { signatureConfirmMail } from "@/lib/mail/templates/signature-confirm";
import { letterOutcomeMail } from "@/lib/mail/templates/letter-outcome";
import { letterThresholdReachedMail } from "@/lib/mail/templates/letter-threshold-reached";
import { followConfirmMail } from "@/lib/mail/templates/follow-confirm";
import { followManageLinkMail } from "@/lib/mail/templates/follow-manage-link";
import { followAlertMail } from "@/lib/mail/templates/follow-alert";
import { followSponsorAlertMail } from "@/lib/mail/templates/follow-alert-sponsor";
import { followDigestMail } from "@/lib/mail/templates/follow-digest";

export type { RenderedMail } from "@/lib/mail/templates/mail-document";

const TEMPLATES: {
  [K in MailKind]: (context: MailContext, payload: MailPayloads[K]) => MailDocument;
} = {
  "signature.confirm": signatureConfirmMail,
  "signature.already_signed": signatureAlreadySignedMail,
  "auth.invitation": authInvitationMail,
  "auth.password_reset": authPasswordResetMail,
  "auth.password_changed": authPasswordChangedMail,
  "auth.sign_in_burst": authSignInBurstMail,
  "mail.delivery_failing": mailDeliveryFailingMail,
  "letter.threshold_reached": letterThresholdReachedMail,
  "letter.outcome": letterOutcomeMail,
  "follow.confirm": followConfirmMail,
  "follow.manage-link": followManageLinkMail,
  "follow.alert": followAlertMail,
  "follow.digest": followDigestMail,
  "follow.sponsor-alert": followSponsorAlertMail,
};

/** Subject, plain text and HTML of an e-mail, in its recipient's language. */
export async function renderMail(message: MailContent): Promise<RenderedMail> {
  const context = await createMailContext(message.locale);
  // The union of kinds and payloads is checked at the call site; here one template per kind.
  const template = TEMPLATES[message.kind] as (
    context: MailContext,
    payload: MailContent["payload"],
  ) => MailDocument;
  const document = template(context, message.payload);
  return {
    subject: document.subject,
    text: renderMailText(document),
    html: renderMailHtml(document, {
      locale: message.locale,
      buttonFallback: context.t("common.buttonFallback"),
    }),
    ...(document.headers ? { headers: document.headers } : {}),
  };
}
