/**
 * What one read of a cached profile costs the cache handler, one read at a time (no queueing):
 * @fortedigital/nextjs-cache-handler's redis-strings handler (what the instances use with
 * VIGIL_REDIS_URL: GET of the entry, HEXISTS of its tag record, HMGET of its tags' revalidation
 * times, one after the other, then JSON and base64 decoding), beside its local-lru handler (an
 * in-process copy, which a cluster cannot use: another instance's revalidation would not reach
 * it), and beside Vigil's checked copy (lib/cache/checked-local-copies.ts: the copy, served after
 * one MULTI round trip says it is still current). Figures for lib/cache/README.md's "Cost".
 *
 *   npm run bench:cache-read   (-- --reads 5000, -- --kilobytes 70)
 *
 * The entry is shaped like a cached App Router page (HTML, RSC payload, tags) of the size of the
 * demo profile. Redis is Debian's redis-server on port 6531 (bench range), started and stopped here.
 */
import { parseArgs } from "node:util";
import { createClient } from "@redis/client";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { withCheckedLocalCopies } from "@/lib/cache/checked-local-copies";
import { startRedis } from "../scripts/lib/redis-server";

const { values } = parseArgs({
  options: {
    reads: { type: "string", default: "3000" },
    kilobytes: { type: "string", default: "70" },
  },
});
const READS = Number(values.reads);
const KEY = "/en/prisoners/mukhtar-dzhakishev";
const TAGS = ["_N_T_/layout", "_N_T_/[locale]/layout", "_N_T_/[locale]/prisoners/[slug]/page"];
const IMPLICIT = [...TAGS, `_N_T_${KEY}`];

function pageEntry(kilobytes: number) {
  const html = "<p>Lorem ipsum dolor sit amet, consectetur.</p>".repeat((kilobytes * 1024) / 48);
  return {
    lastModified: Date.now(),
    lifespan: null,
    tags: [...TAGS, "prisoner:mukhtar-dzhakishev"],
    value: {
      kind: "APP_PAGE",
      html,
      rscData: Buffer.from(html.slice(0, (html.length * 3) / 4)),
      headers: { "x-next-cache-tags": TAGS.join(",") },
      postponed: undefined,
      status: 200,
      segmentData: undefined,
    },
  };
}

async function timed(label: string, read: () => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await read();
  const samples: number[] = [];
  for (let i = 0; i < READS; i++) {
    const started = performance.now();
    if (!(await read())) throw new Error(`${label}: a read missed`);
    samples.push(performance.now() - started);
  }
  samples.sort((x, y) => x - y);
  const at = (share: number) => samples[Math.floor(share * (samples.length - 1))]!.toFixed(3);
  console.log(`${label.padEnd(56)} p50 ${at(0.5).padStart(7)} ms   p99 ${at(0.99).padStart(7)} ms`);
}

const redis = await startRedis(6531, { quiet: true });
const client = createClient({ url: redis.url });
try {
  await client.connect();
  const prefix = "vigil:bench:";
  const shared = createRedisHandler({
    client: client as never,
    keyPrefix: prefix,
    timeoutMs: 1_000,
  });
  const local = createLruHandler();
  const entry = pageEntry(Number(values.kilobytes));
  const context = { tags: entry.tags, isRoutePPREnabled: false, isFallback: false } as never;
  await shared.set(KEY, entry as never, context);
  await local.set(KEY, entry as never, context);
  const meta = { implicitTags: IMPLICIT } as never;
  console.log(
    `\none cached page of ${values.kilobytes} KB, ${READS} reads one after the other, Redis on this machine:\n`,
  );
  await timed("redis-strings handler get (before: what instances did)", () =>
    shared.get(KEY, meta),
  );
  await timed("local-lru handler get (in-process copy, unchecked)", () => local.get(KEY, meta));
  const checked = withCheckedLocalCopies({ shared, client: client as never, keyPrefix: prefix });
  await checked.set(KEY, entry as never, context);
  await timed("checked local copy (lib/cache/checked-local-copies.ts)", () =>
    checked.get(KEY, meta),
  );
} finally {
  await client.quit().catch(() => {});
  await redis.stop();
}
