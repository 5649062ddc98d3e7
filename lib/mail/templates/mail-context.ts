import { createFormatter, createTranslator, type Messages } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { MailBlock, MailDocument } from "@/lib/mail/templates/mail-document";

/** The translator and formats a template writes with, for one locale. */
export async function createMailContext(locale: Locale) {
  const messages = (await loadMessages(locale)) as Messages;
  const t = createTranslator({ locale, messages, namespace: "Mail" });
  const format = createFormatter({ locale, timeZone: "UTC" });
  return {
    locale,
    t,
    /** An expiry moment, e.g. "27 November 2026 at 18:30 UTC": the zone is named because readers live in many. */
    formatExpiry(iso: string): string {
      return format.dateTime(new Date(iso), {
        year: "numeric",
        month: "long",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZoneName: "short",
      });
    },
  };
}

export type MailContext = Awaited<ReturnType<typeof createMailContext>>;

/** Adds the parts every e-mail shares (sign-off, footer) to a template's content. */
export function composeMail(
  context: MailContext,
  content: { subject: string; greeting?: string; blocks: MailBlock[] },
): MailDocument {
  const { t } = context;
  return {
    subject: content.subject,
    greeting: content.greeting ?? t("common.greetingAnonymous"),
    blocks: content.blocks,
    signOff: t("common.signOff"),
    footer: t("common.footer"),
  };
}
