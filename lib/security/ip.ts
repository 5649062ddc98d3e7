import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Client IP addresses, and the keyed hash that is all Vigil ever stores of them (rate limiting,
 * burst detection): the address itself is personal data and is never written anywhere.
 */

/**
 * The client's address: the first entry of X-Forwarded-For. Next.js sets that header to the
 * socket's address when no proxy did, so without a proxy this is the peer address.
 *
 * Kept simple on purpose: behind a reverse proxy that REPLACES X-Forwarded-For with the address
 * it saw (nginx `proxy_set_header X-Forwarded-For $remote_addr`, Caddy, most load balancers) the
 * first entry is the real client. A proxy that APPENDS instead lets a client choose the first
 * entry and thus evade per-IP limits; configure the proxy to overwrite the header.
 */
export function clientIpFromHeaders(headers: Pick<Headers, "get">): string | null {
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (!first) return null;
  // "::ffff:203.0.113.7" is the IPv4 address 203.0.113.7 seen through an IPv6 socket.
  return first.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase();
}

// Survives module reloads in development, so hashes stay stable while the process runs.
const globalForSalt = globalThis as unknown as { vigilIpHashSalt?: string };

function hashKey(): string {
  // A key of its own, derived from the application secret, so that the secret's other uses
  // never share a key with this one.
  if (env.VIGIL_SECRET) {
    return createHmac("sha256", env.VIGIL_SECRET).update("vigil/ip-hash/v1").digest("hex");
  }
  if (!globalForSalt.vigilIpHashSalt) {
    // Without a configured secret the key is random per process: hashes are then only comparable
    // within one run (enough for rate limits, not for burst detection across restarts or
    // instances). Production must set VIGIL_SECRET.
    if (env.NODE_ENV === "production") {
      console.warn(
        "VIGIL_SECRET is not set: IP hashes use a random key that changes on every restart. Set VIGIL_SECRET (at least 32 random characters) in production.",
      );
    }
    globalForSalt.vigilIpHashSalt = randomBytes(32).toString("hex");
  }
  return globalForSalt.vigilIpHashSalt;
}

/**
 * A keyed hash (HMAC-SHA-256) of an IP address. Keyed so that the stored value cannot be reversed
 * by hashing all 2^32 IPv4 addresses, which a plain or publicly salted hash would allow.
 */
export function hashIp(ip: string): string {
  return createHmac("sha256", hashKey()).update(`ip:${ip}`).digest("hex");
}
