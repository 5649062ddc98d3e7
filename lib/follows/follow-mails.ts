import "server-only";
import type { FollowCadence } from "@/lib/generated/prisma/client";
import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";
import type { MailMessage } from "@/lib/mail/outbox";
import { DAY_MS, FOLLOW_CONFIRM_DAYS } from "@/lib/follows/follow-lifetimes";
import { followConfirmUrl, followerLinks } from "@/lib/follows/follow-links";
import type { FollowTarget } from "@/lib/follows/follow-target";

/** What the follow mails need of a follower (its address is read for them alone). */
export interface FollowerAddress {
  id: string;
  email: string;
  locale: string;
  cadence: FollowCadence;
}

/** A follower's stored language, as a locale of the site. */
export function followerLocale(follower: { locale: string }): Locale {
  return knownLocaleOr(follower.locale);
}

/**
 * The confirmation e-mail of a follow, in the follower's language, to the address it was made
 * with (the canonical key may fold addresses that are not one mailbox: the owner is the one to
 * ask). `chosen` is the cadence on the form: a known follower keeps its own, and is told so.
 */
export function followConfirmMessage(
  follower: FollowerAddress,
  target: FollowTarget,
  token: string,
  chosen: FollowCadence,
): MailMessage {
  const locale = followerLocale(follower);
  return {
    kind: "follow.confirm",
    to: follower.email,
    locale,
    payload: {
      targetKind: target.kind,
      targetName: target.name[locale],
      confirmUrl: followConfirmUrl(token, locale),
      expiresAt: new Date(Date.now() + FOLLOW_CONFIRM_DAYS * DAY_MS).toISOString(),
      cadence: follower.cadence,
      cadenceKept: follower.cadence !== chosen,
      ...followerLinks(follower.id, locale),
    },
  };
}

/** The link to the follower's page of follows (asked for, or "you already follow this"). */
export function followManageLinkMessage(
  follower: FollowerAddress,
  reason: "requested" | "already-following",
  target?: FollowTarget,
): MailMessage {
  const locale = followerLocale(follower);
  return {
    kind: "follow.manage-link",
    to: follower.email,
    locale,
    payload: {
      reason,
      targetName: target?.name[locale],
      ...followerLinks(follower.id, locale),
    },
  };
}
