import { z } from "zod";

/**
 * The e-mails Vigil sends and the data each template needs. The schemas are checked when a
 * message is enqueued and again when the worker reads it back from the outbox's JSON column, so
 * a row written by an older or buggy caller fails loudly instead of rendering "undefined".
 */
const isoDate = z.iso.datetime({ offset: true });

export const MAIL_PAYLOAD_SCHEMAS = {
  "signature.confirm": z.object({
    name: z.string(),
    letterTitle: z.string(),
    confirmUrl: z.url(),
    withdrawUrl: z.url(),
    expiresAt: isoDate,
  }),
  "signature.already_signed": z.object({
    letterTitle: z.string(),
    letterUrl: z.url(),
    withdrawUrl: z.url().optional(),
  }),
  "auth.invitation": z.object({
    inviterName: z.string(),
    role: z.string(),
    acceptUrl: z.url(),
    expiresAt: isoDate,
  }),
  "auth.password_reset": z.object({
    name: z.string(),
    resetUrl: z.url(),
    expiresAt: isoDate,
  }),
} as const;

export type MailKind = keyof typeof MAIL_PAYLOAD_SCHEMAS;

export const MAIL_KINDS = Object.keys(MAIL_PAYLOAD_SCHEMAS) as MailKind[];

export type MailPayloads = { [K in MailKind]: z.infer<(typeof MAIL_PAYLOAD_SCHEMAS)[K]> };

export function isMailKind(kind: string): kind is MailKind {
  return Object.hasOwn(MAIL_PAYLOAD_SCHEMAS, kind);
}
