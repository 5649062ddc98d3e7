/**
 * What an editor's save costs the Redis cache at scale: the revalidation of its tags with
 * @fortedigital/nextjs-cache-handler's redis-strings handler, tag after tag (as Next.js hands them
 * over, waiting for each), beside Vigil's one scan for all of them (lib/cache/redis-tag-scan.ts),
 * on the same number of cached entries, in alternating rounds. Figures for lib/cache/README.md's
 * "Cost".
 *
 *   npm run bench:cache-revalidation   (-- --entries 100000, -- --rounds 4)
 *
 * The entries are tagged as the directory's cached searches and profiles are: two in three carry
 * "prisoners", "countries" and "reference", one in three a profile's own tag. The save revalidates
 * a profile's two tags and "countries" (which deletes most entries). Redis is Debian's
 * redis-server on port 6532 (bench range), started and stopped here.
 */
import { parseArgs } from "node:util";
import { createClient } from "@redis/client";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { deleteTaggedEntries } from "@/lib/cache/redis-tag-scan";
import type { RedisClient } from "@/lib/redis/client";
import { startRedis } from "../scripts/lib/redis-server";

const { values } = parseArgs({
  options: {
    entries: { type: "string", default: "100000" },
    rounds: { type: "string", default: "2" },
  },
});
const ENTRIES = Number(values.entries);
const ROUNDS = Number(values.rounds);
const SAVE_TAGS = ["prisoner:7", "prisoner:7:slug", "countries"];
const BATCH = 5_000;

/** Writes ENTRIES entries under `prefix` as the handler would: value, tag record, expiry record. */
async function fill(client: RedisClient, prefix: string): Promise<void> {
  const expiry = String(Math.floor(Date.now() / 1000) + 3600);
  for (let from = 0; from < ENTRIES; from += BATCH) {
    const multi = client.multi();
    for (let i = from; i < Math.min(ENTRIES, from + BATCH); i++) {
      const tags = i % 3 === 0 ? [`prisoner:${i}`] : ["prisoners", "countries", "reference"];
      multi.set(`${prefix}entry-${i}`, "x".repeat(200));
      multi.hSet(`${prefix}__sharedTags__`, `entry-${i}`, JSON.stringify(tags));
      multi.hSet(`${prefix}__sharedTagsTtl__`, `entry-${i}`, expiry);
    }
    await multi.exec();
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const redis = await startRedis(6532, { quiet: true });
const client = createClient({ url: redis.url }) as RedisClient;
await client.connect();
try {
  const handler = createRedisHandler({
    client: client as never,
    keyPrefix: "handler:",
    timeoutMs: 60_000,
  });
  const figures = { handler: [] as number[], scan: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating which goes first: this machine's speed drifts from minute to minute.
    const order = round % 2 === 0 ? (["handler", "scan"] as const) : (["scan", "handler"] as const);
    for (const which of order) {
      await client.flushAll();
      await fill(client, `${which}:`);
      figures[which].push(
        await timed(async () => {
          if (which === "scan") return deleteTaggedEntries(client, "scan:", SAVE_TAGS);
          for (const tag of SAVE_TAGS) await handler.revalidateTag(tag);
        }),
      );
    }
  }
  const list = (ms: number[]) => ms.map((m) => `${m.toFixed(0)} ms`).join(", ");
  console.log(`${ENTRIES.toLocaleString("en")} cached entries, a save's ${SAVE_TAGS.length} tags:`);
  console.log(`  handler, tag after tag: ${list(figures.handler)}`);
  console.log(`  one scan (redis-tag-scan.ts): ${list(figures.scan)}`);
} finally {
  await client.close();
  await redis.stop();
}
