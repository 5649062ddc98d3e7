import "server-only";
import { prisma } from "@/lib/db";
import type { FollowCadence } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { followerLocale } from "@/lib/follows/follow-mails";
import { followerOfToken } from "@/lib/follows/follow-links";
import {
  followTargetOfRow,
  followTargetSelect,
  type FollowTarget,
} from "@/lib/follows/follow-target";

/**
 * What a follower's page of follows shows (by the token of its e-mails' links, no sign-in): its
 * confirmed follows of published content, its cadence and language. Never its address: the page
 * is opened from links that get forwarded, and the address is the one thing it need not show.
 */
export interface FollowerPageDto {
  cadence: FollowCadence;
  locale: Locale;
  follows: { id: string; target: FollowTarget }[];
}

export type FollowerPage =
  | { state: "found"; follower: FollowerPageDto }
  /** A genuine token whose follower no longer exists (forgotten, unsubscribed, pruned). */
  | { state: "gone" }
  /** A malformed or forged token. */
  | { state: "unknown" };

export async function getFollowerPage(token: string): Promise<FollowerPage> {
  const followerId = followerOfToken(token);
  if (!followerId) return { state: "unknown" };
  const row = await prisma.follower.findUnique({
    where: { id: followerId },
    select: {
      cadence: true,
      locale: true,
      follows: {
        where: { confirmedAt: { not: null } },
        select: { id: true, ...followTargetSelect },
        orderBy: { confirmedAt: "asc" },
      },
    },
  });
  if (!row) return { state: "gone" };
  const follows = row.follows.flatMap((follow) => {
    const target = followTargetOfRow(follow);
    return target ? [{ id: follow.id, target }] : [];
  });
  return {
    state: "found",
    follower: { cadence: row.cadence, locale: followerLocale(row), follows },
  };
}

/** The name of one of the follower's follows (for "you now follow X" after confirming). */
export function followNamed(page: FollowerPage, followId: string): FollowTarget | null {
  if (page.state !== "found") return null;
  return page.follower.follows.find((follow) => follow.id === followId)?.target ?? null;
}
