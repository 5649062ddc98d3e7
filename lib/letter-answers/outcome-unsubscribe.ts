import "server-only";
import { timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { apiRoutes, localized, publicRoutes } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";
import { keyedHash } from "@/lib/signing/secret-keys";

/**
 * The unsubscribe link of a "what happened to this letter" e-mail: the signature's id and a keyed
 * hash of it, so nothing is stored per e-mail and nobody can forge a link for a signature whose
 * e-mail they have not received. It does not expire (RFC 8058 asks that it keep working) and
 * only ever switches the e-mails off.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function outcomeUnsubscribeToken(signatureId: string): string {
  return `${signatureId}.${keyedHash("outcome-unsubscribe", signatureId)}`;
}

/** The signature a token names, or null for a malformed or forged one. */
export function signatureOfUnsubscribeToken(token: string): string | null {
  const [id, mac, ...rest] = token.split(".");
  if (!id || !mac || rest.length > 0 || !UUID.test(id) || !/^[0-9a-f]{64}$/.test(mac)) {
    return null;
  }
  const expected = Buffer.from(keyedHash("outcome-unsubscribe", id), "hex");
  return timingSafeEqual(expected, Buffer.from(mac, "hex")) ? id : null;
}

/** The URL in List-Unsubscribe (one-click POST) and in the body (opens the page with a button). */
export function outcomeUnsubscribeUrl(slug: string, token: string, locale: Locale): string {
  return publicUrl(`${apiRoutes.letterOutcomeUnsubscribe(slug, token)}?locale=${locale}`);
}

/** The page a person lands on (GET of the link): a button, then "done". */
export function outcomeUnsubscribePage(slug: string, token: string, locale: Locale): string {
  return localized(locale, publicRoutes.letterOutcomeUnsubscribe(slug, token));
}

/**
 * Switches the e-mails off for the token's signature. Answers nothing about whether it changed a
 * row: a forged token, an anonymised signature and an already switched-off one all look alike.
 */
export async function stopOutcomeMails(token: string): Promise<void> {
  const id = signatureOfUnsubscribeToken(token);
  if (!id) return;
  await prisma.signature.updateMany({
    where: { id, notifyOutcome: true },
    data: { notifyOutcome: false },
  });
}

/** Whether the token is well formed and genuine (the page shows its button only then). */
export function isGenuineUnsubscribeToken(token: string): boolean {
  return signatureOfUnsubscribeToken(token) !== null;
}
