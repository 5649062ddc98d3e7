import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The origin of links in staff e-mails (invitations, password resets): VIGIL_PUBLIC_URL. Without
 * it, the address the request came to, but only a local one (development, tests, the demo): a
 * public server must not build reset links from the Host header, which a client controls
 * ("host header poisoning" would send a victim's reset token to the attacker's site).
 */
export async function staffLinkOrigin(): Promise<string> {
  if (env.VIGIL_PUBLIC_URL) return env.VIGIL_PUBLIC_URL.replace(/\/+$/, "");
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "";
  const hostname = host.replace(/:\d+$/, "");
  if (!LOCAL_HOSTS.has(hostname)) {
    throw new Error(
      "VIGIL_PUBLIC_URL is not set: links in staff e-mails can only be made for a local address. Set VIGIL_PUBLIC_URL to the site's public origin.",
    );
  }
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${protocol}://${host}`;
}
