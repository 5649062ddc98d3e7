import { z } from "zod";
import { alertItemSchema } from "@/lib/follows/alerts/alert-item";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The e-mails Vigil sends and the data each template needs. The schemas are checked when a
 * message is enqueued and again when the worker reads it back from the outbox's JSON column, so
 * a row written by an older or buggy caller fails loudly instead of rendering "undefined".
 */
const isoDate = z.iso.datetime({ offset: true });
// Only web links: a "javascript:" URL would be a valid URL, and mail clients render these as links.
const webUrl = z.url({ protocol: /^https?$/ });

export const MAIL_PAYLOAD_SCHEMAS = {
  "signature.confirm": z.object({
    name: z.string(),
    letterTitle: z.string(),
    confirmUrl: webUrl,
    withdrawUrl: webUrl,
    expiresAt: isoDate,
  }),
  "signature.already_signed": z.object({
    letterTitle: z.string(),
    letterUrl: webUrl,
    withdrawUrl: webUrl.optional(),
  }),
  "auth.invitation": z.object({
    inviterName: z.string(),
    role: z.string(),
    acceptUrl: webUrl,
    expiresAt: isoDate,
  }),
  "auth.password_reset": z.object({
    name: z.string(),
    resetUrl: webUrl,
    expiresAt: isoDate,
  }),
  /** After "Change password": when, from where, and the way out if it was not the owner. */
  "auth.password_changed": z.object({
    name: z.string(),
    email: z.string(),
    changedAt: isoDate,
    /** The address the change came from, as the request context saw it; null when unknown. */
    ip: z.string().nullable(),
    /** The "Forgot your password?" page. */
    resetUrl: webUrl,
  }),
  /** A burst of failed sign-ins on the account: when, how many, from how many addresses. */
  "auth.sign_in_burst": z.object({
    name: z.string(),
    email: z.string(),
    failures: z.number().int().positive(),
    addresses: z.number().int().positive(),
    firstAt: isoDate,
    lastAt: isoDate,
    /** The account page (change the password, turn on two-step verification). */
    accountUrl: webUrl,
    /** The "Forgot your password?" page. */
    resetUrl: webUrl,
  }),
  /**
   * To each administrator when mail has been failing for 15 minutes (failure-alert.ts): since
   * when, how much waits, what kind of failure; no addresses and no server messages.
   */
  "mail.delivery_failing": z.object({
    failingSince: isoDate,
    waiting: z.number().int().nonnegative(),
    /** Age of the oldest waiting message, in minutes; null when none waits. */
    oldestWaitingMinutes: z.number().int().nonnegative().nullable(),
    /** send-error-kind.ts's word for the last failure; null when unknown. */
    lastErrorKind: z.string().nullable(),
    /** The dashboard home, with the outbox panel. */
    dashboardUrl: webUrl,
  }),
  /** To the editors, once per threshold a petition reaches (lib/letter-answers). */
  "letter.threshold_reached": z.object({
    letterTitle: z.string(),
    count: z.number().int().positive(),
    /** The confirmed count when the crossing was recorded. */
    seenCount: z.number().int().nonnegative(),
    label: z.string(),
    letterUrl: webUrl,
    dashboardUrl: webUrl,
  }),
  /**
   * To a signer who ticked "tell me what happens to this letter": its deliveries and published
   * answers, once per announcement (lib/letter-answers/outcome-announcement.ts), with RFC 8058
   * one-click unsubscribe.
   */
  "letter.outcome": z.object({
    letterTitle: z.string(),
    letterUrl: webUrl,
    deliveries: z.array(z.object({ deliveredOn: z.iso.date(), recipient: z.string() })),
    answers: z.array(
      z.object({ receivedOn: z.iso.date(), answeredBy: z.string(), summary: z.string() }),
    ),
    unsubscribeUrl: webUrl,
  }),
  /**
   * Following (lib/follows; every follower mail's kind starts with "follow.", which "forget me"
   * relies on to delete them): the double opt-in of one follow, with the follower's cadence (a
   * new follow of a known address keeps it; the manage page changes it).
   */
  "follow.confirm": z.object({
    targetKind: z.enum(["prisoner", "country", "letter"]),
    targetName: z.string(),
    confirmUrl: webUrl,
    expiresAt: isoDate,
    cadence: z.enum(["INSTANT", "WEEKLY"]),
    /** The follower existed with another cadence than the one chosen on the form. */
    cadenceKept: z.boolean(),
    manageUrl: webUrl,
    /** RFC 8058's List-Unsubscribe (a bare POST deletes the address). */
    unsubscribeUrl: webUrl,
    /** The body's link: a page with the button. */
    unsubscribePageUrl: webUrl,
  }),
  /**
   * The link to one's follows: asked for on the lost-link page ("requested"), or because the form
   * was sent for a target the address already follows ("already-following", at most every 6 h).
   */
  "follow.manage-link": z.object({
    reason: z.enum(["requested", "already-following"]),
    targetName: z.string().optional(),
    manageUrl: webUrl,
    /** RFC 8058's List-Unsubscribe (a bare POST deletes the address). */
    unsubscribeUrl: webUrl,
    /** The body's link: a page with the button. */
    unsubscribePageUrl: webUrl,
  }),
  /**
   * To an instant follower: one alert about a prisoner, country or letter it follows
   * (lib/follows/alerts), with its manage page and RFC 8058 one-click unsubscribe. `followerId`
   * lets "forget me" find its unsent mail.
   */
  "follow.alert": z.object({
    alert: alertItemSchema,
    followerId: z.uuid(),
    manageUrl: webUrl,
    /** RFC 8058's List-Unsubscribe (a bare POST deletes the address). */
    unsubscribeUrl: webUrl,
    /** The body's link: a page with the button. */
    unsubscribePageUrl: webUrl,
  }),
  /** To a weekly follower on Mondays: the week's alerts of its follows (lib/follows/alerts). */
  "follow.digest": z.object({
    items: z.array(alertItemSchema).min(1).max(50),
    /** Alerts of the week beyond the ones listed. */
    more: z.number().int().nonnegative(),
    followerId: z.uuid(),
    manageUrl: webUrl,
    unsubscribeUrl: webUrl,
    unsubscribePageUrl: webUrl,
  }),
  /** To a prisoner's parliamentary sponsor: the prisoner's alert, with one-click unsubscribe. */
  "follow.sponsor-alert": z.object({
    alert: alertItemSchema,
    unsubscribeUrl: webUrl,
  }),
} as const;

export type MailKind = keyof typeof MAIL_PAYLOAD_SCHEMAS;

export type MailPayloads = { [K in MailKind]: z.infer<(typeof MAIL_PAYLOAD_SCHEMAS)[K]> };

/**
 * What an e-mail says, without its recipient: a union over `kind`, so that a payload that does not
 * fit its template fails type-checking.
 */
export type MailContent = {
  [K in MailKind]: {
    kind: K;
    /** Language of the e-mail: usually the locale of the page the person used. */
    locale: Locale;
    payload: MailPayloads[K];
  };
}[MailKind];

export function isMailKind(kind: string): kind is MailKind {
  return Object.hasOwn(MAIL_PAYLOAD_SCHEMAS, kind);
}
