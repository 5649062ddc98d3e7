import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/features/follow.en.json";
import ru from "@/lib/i18n/messages/features/follow.ru.json";
import type { Locale } from "@/lib/i18n/routing";
import type { MailPayloads } from "@/lib/mail/mail-kinds";
import { composeMail, type MailContext } from "@/lib/mail/templates/mail-context";
import type { MailDocument } from "@/lib/mail/templates/mail-document";

const FOLLOW_MESSAGES = { en, ru } satisfies Record<Locale, unknown>;

/** The follow mails' own messages (follow.*.json, beside the follow pages' texts). */
export function followMailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: FOLLOW_MESSAGES[locale], namespace: "FollowMail" });
}

/** The headers that let a mail client unsubscribe with one click (RFC 8058). */
export function followUnsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

const INTRO = {
  prisoner: "confirm.introPrisoner",
  country: "confirm.introCountry",
  letter: "confirm.introLetter",
} as const;

/**
 * Double opt-in of a follow: the link opens a page whose button confirms (a link scanner's GET
 * does not). Says which cadence the follower's mail comes at (a known address keeps its own) and
 * where to change it; one-click unsubscribe deletes the address, pending or not.
 */
export function followConfirmMail(
  context: MailContext,
  payload: MailPayloads["follow.confirm"],
): MailDocument {
  const t = followMailTranslator(context.locale);
  const name = payload.targetName;
  return {
    ...composeMail(context, {
      subject: t("confirm.subject", { name }),
      blocks: [
        { type: "paragraph", text: t(INTRO[payload.targetKind], { name }) },
        { type: "paragraph", text: t("confirm.instruction") },
        {
          type: "action",
          label: t("confirm.action"),
          url: payload.confirmUrl,
          emphasis: "primary",
        },
        {
          type: "paragraph",
          text: t("confirm.expiry", { expiresAt: context.formatExpiry(payload.expiresAt) }),
        },
        {
          type: "paragraph",
          text:
            t(payload.cadence === "WEEKLY" ? "confirm.cadenceWEEKLY" : "confirm.cadenceINSTANT") +
            (payload.cadenceKept ? ` ${t("confirm.cadenceKept")}` : ""),
        },
        { type: "paragraph", text: t("confirm.manage") },
        {
          type: "action",
          label: t("confirm.manageAction"),
          url: payload.manageUrl,
          emphasis: "secondary",
        },
        { type: "paragraph", text: t("confirm.notYou") },
        {
          type: "action",
          label: t("confirm.unsubscribeAction"),
          url: payload.unsubscribePageUrl,
          emphasis: "secondary",
        },
      ],
    }),
    headers: followUnsubscribeHeaders(payload.unsubscribeUrl),
  };
}
