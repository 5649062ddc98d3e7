import { createTranslator } from "next-intl";
import type { AlertItem } from "@/lib/follows/alerts/alert-item";
import en from "@/lib/i18n/messages/features/follow-alerts.en.json";
import ru from "@/lib/i18n/messages/features/follow-alerts.ru.json";
import type { Locale } from "@/lib/i18n/routing";

const ALERT_MESSAGES = { en, ru } satisfies Record<Locale, unknown>;

function translatorOf(locale: Locale) {
  return createTranslator({ locale, messages: ALERT_MESSAGES[locale], namespace: "FollowAlerts" });
}

// One per locale for the process: the outbox renders thousands of alerts in a row.
const TRANSLATORS = new Map<Locale, ReturnType<typeof translatorOf>>();

/** The alert mails' own messages (follow-alerts.*.json). */
export function followAlertsTranslator(locale: Locale): ReturnType<typeof translatorOf> {
  let t = TRANSLATORS.get(locale);
  if (!t) TRANSLATORS.set(locale, (t = translatorOf(locale)));
  return t;
}

type AlertTranslator = ReturnType<typeof followAlertsTranslator>;

/**
 * An alert in plain words, e.g. "Transferred to IK-3, Minsk region", "hearing on 12 January":
 * the subject line of an alert's e-mail and the sentence of its body (and of a digest's line).
 */
export function alertSentence(
  t: AlertTranslator,
  locale: Locale,
  item: AlertItem,
): { subject: string; line: string } {
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" });
  const values = {
    subject: item.subject,
    detail: item.detail ?? "",
    date: item.date ? day.format(new Date(`${item.date}T00:00:00Z`)) : "",
  };
  const line = (() => {
    if (item.kind === "status" && item.date) return t("line.statusSince", values);
    if (item.kind === "transfer" && !item.detail) return t("line.transferUnknown", values);
    return t(`line.${item.kind}`, values);
  })();
  return { subject: t(`subject.${item.kind}`, values), line };
}
