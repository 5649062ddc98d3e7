import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashLinkToken, isWellFormedLinkToken } from "@/lib/signing/secret-keys";
import { DAY_MS, FOLLOW_CONFIRM_DAYS } from "@/lib/follows/follow-lifetimes";
import {
  followTargetOfRow,
  followTargetSelect,
  type FollowTarget,
} from "@/lib/follows/follow-target";

/**
 * A follow's confirmation link, scanner-safe as signing's: opening the page only reads
 * (`getFollowConfirmState`), and its button POSTs (`confirmFollow`). The link's token is stored
 * only as a hash, and cleared once used, so a used link and an unknown one look alike ("unknown").
 */
export type FollowConfirmState =
  { state: "ready"; target: FollowTarget } | { state: "expired" } | { state: "unknown" };

function cutoff(): Date {
  return new Date(Date.now() - FOLLOW_CONFIRM_DAYS * DAY_MS);
}

export async function getFollowConfirmState(token: string): Promise<FollowConfirmState> {
  if (!isWellFormedLinkToken(token)) return { state: "unknown" };
  const row = await prisma.follow.findUnique({
    where: { confirmTokenHash: hashLinkToken(token) },
    select: { createdAt: true, confirmedAt: true, ...followTargetSelect },
  });
  if (!row || row.confirmedAt) return { state: "unknown" };
  if (row.createdAt <= cutoff()) return { state: "expired" };
  const target = followTargetOfRow(row);
  return target ? { state: "ready", target } : { state: "unknown" };
}

export type FollowConfirmOutcome =
  | { status: "confirmed"; followerId: string; followId: string }
  | { status: "expired" }
  | { status: "unknown" };

/**
 * Confirms the follow of a link, once: the follow's confirmedAt, the end of its token and the
 * follower's first confirmation happen in one statement, which proceeds only from a follow still
 * waiting within its 7 days; a second or simultaneous press finds no token and changes nothing.
 */
export async function confirmFollow(token: string): Promise<FollowConfirmOutcome> {
  if (!isWellFormedLinkToken(token)) return { status: "unknown" };
  const rows = await prisma.$queryRaw<{ followerId: string; followId: string }[]>(Prisma.sql`
    WITH confirmed AS (
      UPDATE "Follow" SET "confirmedAt" = (now() AT TIME ZONE 'UTC'), "confirmTokenHash" = NULL
      WHERE "confirmTokenHash" = ${hashLinkToken(token)} AND "confirmedAt" IS NULL
        AND "createdAt" > ${cutoff()}
      RETURNING "id", "followerId"
    ),
    follower AS (
      UPDATE "Follower" AS f SET "confirmedAt" = (now() AT TIME ZONE 'UTC')
      FROM confirmed
      WHERE f."id" = confirmed."followerId" AND f."confirmedAt" IS NULL
    )
    SELECT "followerId"::text AS "followerId", "id"::text AS "followId" FROM confirmed`);
  const row = rows[0];
  if (row) return { status: "confirmed", ...row };
  const state = await getFollowConfirmState(token);
  return state.state === "expired" ? { status: "expired" } : { status: "unknown" };
}
