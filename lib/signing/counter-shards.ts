import "server-only";
import { randomInt } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Confirmed signatures are counted in SignatureCounterShard rows: each confirmation adds 1 to one
 * of SHARD_COUNT rows of its letter chosen at random, so that simultaneous confirmations rarely
 * wait for the same row lock. The count is the sum over the letter's shards. A withdrawal or
 * invalidation of a confirmed signature adds −1 to a random shard: a single shard may go below
 * zero, the sum never does (every −1 follows exactly one +1 of the same signature, guarded by
 * the signature's status change in the same statement or transaction).
 */
export const SHARD_COUNT = 32;

export function randomShard(): number {
  return randomInt(SHARD_COUNT);
}

/**
 * SQL that adds `delta` to a random shard of each letter the rows of `source` name (a CTE with a
 * "letterId" column, one row per signature whose status changed). Used inside the statement that
 * changes the status, so the count and the status commit together.
 */
export function shardUpsert(source: string, delta: 1 | -1): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "SignatureCounterShard" ("letterId", "shard", "confirmed")
    SELECT "letterId", ${randomShard()}, ${delta}::int * count(*)::int FROM ${Prisma.raw(source)}
    GROUP BY "letterId"
    ON CONFLICT ("letterId", "shard")
    DO UPDATE SET "confirmed" = "SignatureCounterShard"."confirmed" + EXCLUDED."confirmed"`;
}
