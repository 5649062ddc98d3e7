import { z } from "zod";

/**
 * One alert as an e-mail says it, in one language: resolved public text only (names, labels,
 * dates), never ids or internal data. Stored per locale in FollowAlert.content and copied into
 * the outbox payloads of `follow.alert`, `follow.sponsor-alert` and `follow.digest`
 * (lib/mail/mail-kinds.ts), which validate it again when the worker reads it back. No database
 * here: the mail kinds import it.
 */
export const ALERT_KINDS = [
  "profile",
  "status",
  "transfer",
  "event",
  "hearing",
  "verdict",
  "publication",
  "delivery",
  "answer",
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

// Only web links: mail clients render these as links.
const webUrl = z.url({ protocol: /^https?$/ });

export const alertItemSchema = z.object({
  kind: z.enum(ALERT_KINDS),
  /** The person's name, the letter's or the publication's title. */
  subject: z.string().max(500),
  /** The public page to open: the profile, the letter, the publication. */
  url: webUrl,
  /** The day it is about, ISO (YYYY-MM-DD); null when none. */
  date: z.iso.date().nullable(),
  /**
   * The one detail the sentence needs: the status's label, the facility ("IK-3, Minsk region"),
   * the event's title, the publication's title, the delivery's recipient, the answer's author.
   */
  detail: z.string().max(1000).nullable(),
  /** An answer's summary. */
  summary: z.string().max(5000).nullable(),
});

export type AlertItem = z.infer<typeof alertItemSchema>;

/** An alert's content in every locale. */
export const alertContentSchema = z.object({ en: alertItemSchema, ru: alertItemSchema });
export type AlertContent = z.infer<typeof alertContentSchema>;
