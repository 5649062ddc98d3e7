import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { Locale } from "@/lib/i18n/routing";
import { apiRoutes, localized, publicRoutes } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";
import { keyedHash, type KeyPurpose } from "@/lib/signing/secret-keys";

/**
 * The links of a follower's e-mails: its manage page and its one-click unsubscribe carry the
 * follower's id and a keyed hash of it, so nothing is stored per e-mail, a link keeps working as
 * RFC 8058 asks, and nobody can make one for an address whose mail they have not received. A
 * follower deleted ("forget me", unsubscribe) takes its links with it: a new follow of the same
 * address gets a new id. A sponsor's alerts carry the same kind of link for the sponsor's row.
 * (Production requires VIGIL_SECRET, so every instance and every restart computes the same hash.)
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function tokenOf(purpose: KeyPurpose, id: string): string {
  return `${id}.${keyedHash(purpose, id)}`;
}

function idOfToken(purpose: KeyPurpose, token: string, shape: RegExp): string | null {
  const [id, mac, ...rest] = token.split(".");
  if (!id || !mac || rest.length > 0 || !shape.test(id) || !/^[0-9a-f]{64}$/.test(mac)) {
    return null;
  }
  const expected = Buffer.from(keyedHash(purpose, id), "hex");
  return timingSafeEqual(expected, Buffer.from(mac, "hex")) ? id : null;
}

/** The token of a follower's manage page and unsubscribe link. */
export function followerToken(followerId: string): string {
  return tokenOf("follower-link", followerId);
}

/** The follower a token names, or null for a malformed or forged one (no database read). */
export function followerOfToken(token: string): string | null {
  return idOfToken("follower-link", token, UUID);
}

/** The token of a sponsor's alerts' unsubscribe link (PrisonerSponsor.id). */
export function sponsorAlertsToken(sponsorId: string): string {
  return tokenOf("sponsor-alerts-link", sponsorId);
}

export function sponsorOfAlertsToken(token: string): string | null {
  return idOfToken("sponsor-alerts-link", token, ID);
}

/** The manage page, absolute, for an e-mail's body. */
export function followManageUrl(followerId: string, locale: Locale): string {
  return manageUrlOf(followerToken(followerId), locale);
}

/** List-Unsubscribe of a follower's mail: a bare POST here deletes the address (RFC 8058). */
export function followUnsubscribeUrl(followerId: string): string {
  return unsubscribeUrlOf(followerToken(followerId));
}

/** The unsubscribe link in a follower mail's body: opens a page with a button. */
export function followUnsubscribePageUrl(followerId: string, locale: Locale): string {
  return unsubscribePageUrlOf(followerToken(followerId), locale);
}

/** The three links every follower mail carries (the fields of its payload). */
export interface FollowerLinks {
  manageUrl: string;
  unsubscribeUrl: string;
  unsubscribePageUrl: string;
}

/**
 * All three links of a follower's mail from one keyed hash: a fan-out or digest batch makes them
 * for thousands of followers, and each of the single functions above would derive it again.
 */
export function followerLinks(followerId: string, locale: Locale): FollowerLinks {
  const token = followerToken(followerId);
  return {
    manageUrl: manageUrlOf(token, locale),
    unsubscribeUrl: unsubscribeUrlOf(token),
    unsubscribePageUrl: unsubscribePageUrlOf(token, locale),
  };
}

function manageUrlOf(token: string, locale: Locale): string {
  return publicUrl(localized(locale, publicRoutes.followManage(token)));
}

function unsubscribeUrlOf(token: string): string {
  return publicUrl(apiRoutes.followUnsubscribe(token));
}

function unsubscribePageUrlOf(token: string, locale: Locale): string {
  return publicUrl(localized(locale, publicRoutes.followUnsubscribe(token)));
}

/** List-Unsubscribe of a sponsor's alert: a bare POST here stops them. */
export function sponsorAlertsUnsubscribeUrl(sponsorId: string): string {
  return publicUrl(apiRoutes.sponsorAlertsUnsubscribe(sponsorAlertsToken(sponsorId)));
}

/** The confirmation link of a follow: opens the page whose button confirms (scanner-safe). */
export function followConfirmUrl(token: string, locale: Locale): string {
  return publicUrl(localized(locale, publicRoutes.followConfirm(token)));
}
