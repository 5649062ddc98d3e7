import { createClient, type RedisClientType } from "@redis/client";
import { env } from "@/lib/env";

/**
 * The process's one connection to the Redis every instance shares (VIGIL_REDIS_URL): the page and
 * data cache (lib/cache/redis-cache-handler.ts) and the readiness check use it.
 *
 * Kept on globalThis, not in this module: Next.js loads the cache handler outside the app's
 * bundles, and the bundles have their own copy of this module, so a module variable would open
 * one connection per copy.
 */
export type RedisClient = RedisClientType;

const CLIENT_KEY = Symbol.for("vigil.redis.client");
const globalForRedis = globalThis as unknown as { [CLIENT_KEY]?: RedisClient };

/** Time to open a connection, and to answer a ping: a Redis that takes longer is "down". */
const CONNECT_TIMEOUT_MS = 1_000;
/** Reconnection waits grow from 100 ms to this, without end: Redis may come back any time. */
const MAX_RECONNECT_WAIT_MS = 2_000;
/** One error line per this interval while Redis is away, not one per reconnection attempt. */
const ERROR_LOG_INTERVAL_MS = 60_000;

/**
 * The shared client, created and connected on first use; null when VIGIL_REDIS_URL is unset. It
 * reconnects by itself after Redis restarts. While it is disconnected commands fail at once (no
 * offline queue): a cache read must turn into a miss, not wait for Redis to come back.
 */
export function getRedisClient(): RedisClient | null {
  if (!env.VIGIL_REDIS_URL) return null;
  const existing = globalForRedis[CLIENT_KEY];
  if (existing) return existing;
  const client = createClient({
    url: env.VIGIL_REDIS_URL,
    disableOfflineQueue: true,
    // A connection that died without a FIN (a network partition) is noticed by the ping.
    pingInterval: 5_000,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, MAX_RECONNECT_WAIT_MS),
    },
  });
  let lastLoggedAt = 0;
  // Without a listener an error event would end the process.
  client.on("error", (error: unknown) => {
    const now = Date.now();
    if (now - lastLoggedAt < ERROR_LOG_INTERVAL_MS) return;
    lastLoggedAt = now;
    console.error(
      `[vigil] Redis (${describeRedis(env.VIGIL_REDIS_URL!)}) is unreachable, retrying: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  client.on("ready", () => {
    if (lastLoggedAt === 0) return;
    lastLoggedAt = 0;
    console.log(`[vigil] Redis (${describeRedis(env.VIGIL_REDIS_URL!)}) answers again.`);
  });
  // The first connection fails like a later one: reported by the error listener, retried.
  client.connect().catch(() => {});
  globalForRedis[CLIENT_KEY] = client;
  return client;
}

/**
 * Whether Redis answers a PING within about a second: false when VIGIL_REDIS_URL is unset, while
 * the connection is down or Redis is too slow. Never throws (for /api/ready).
 */
export async function pingRedis(): Promise<boolean> {
  const client = getRedisClient();
  if (!client) return false;
  if (!client.isReady) {
    // A client still connecting gets the same second to finish.
    const ready = await waitUntilReady(client, CONNECT_TIMEOUT_MS);
    if (!ready) return false;
  }
  try {
    return (await answeredWithin(client.ping(), CONNECT_TIMEOUT_MS)) === "PONG";
  } catch {
    return false;
  }
}

/**
 * `operation`, or a rejection after `ms`. The client's own timeouts (and abort signals) cover
 * only a command's wait to be sent: once written to a Redis that hangs (stopped, or cut off
 * without a reset) the command waits for as long as the connection lives. Whatever must not wait
 * for Redis goes through here; the late answer or error of the command itself is dropped.
 */
export function answeredWithin<T>(operation: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    operation.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

function waitUntilReady(client: RedisClient, timeoutMs: number): Promise<boolean> {
  if (client.isReady) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      client.off("ready", onReady);
      resolve(false);
    }, timeoutMs);
    client.once("ready", onReady);
  });
}

/** host:port of a Redis URL, for log lines: never the password. */
export function describeRedis(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "6379"}`;
}
