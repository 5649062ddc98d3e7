import "server-only";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isFollowTargetKey, type FollowTargetRef } from "@/lib/follows/follow-target-ref";

/**
 * How many people follow a prisoner, a country or a letter, for the public pages: confirmed
 * follows only, and only from FOLLOWER_COUNT_MINIMUM up (below it the pages show no number: a
 * small count can point at a person). Never a list.
 *
 * Cached like the signature figures (lib/data/signature-counts.ts), with a longer life: the count
 * is read by profile pages, which are otherwise re-rendered hourly, and a cached page re-renders
 * as often as its shortest cached read, so a 5-second count would re-render every visited profile
 * every 5 seconds. A count a few minutes behind tells the same thing.
 */
export const FOLLOWER_COUNT_MINIMUM = 10;
export const FOLLOWER_COUNT_REVALIDATE_SECONDS = 300;

/** The follows of a target by its public key (the pages know slugs, not ids). */
function followsOf(ref: FollowTargetRef): Prisma.FollowWhereInput {
  if (ref.kind === "prisoner") return { prisoner: { slug: ref.key } };
  if (ref.kind === "country") return { countryCode: ref.key.toUpperCase() };
  return { letter: { slug: ref.key } };
}

async function readCount(ref: FollowTargetRef): Promise<number> {
  if (!isFollowTargetKey(ref.kind, ref.key)) return 0;
  return prisma.follow.count({ where: { ...followsOf(ref), confirmedAt: { not: null } } });
}

/** The number to show, or null when there is none to show (fewer than the minimum). */
export function shownFollowerCount(count: number): number | null {
  return count >= FOLLOWER_COUNT_MINIMUM ? count : null;
}

/** The confirmed followers of a target as its page may show them: null below the minimum. */
export async function getShownFollowerCount(ref: FollowTargetRef): Promise<number | null> {
  const cached = unstable_cache(() => readCount(ref), ["follower-count", ref.kind, ref.key], {
    revalidate: FOLLOWER_COUNT_REVALIDATE_SECONDS,
  });
  try {
    return shownFollowerCount(await cached());
  } catch (error) {
    // Outside a Next.js server (scripts, integration tests) there is no cache to read from.
    if (error instanceof Error && error.message.includes("incrementalCache missing")) {
      return shownFollowerCount(await readCount(ref));
    }
    throw error;
  }
}
