import "server-only";
import { publicOrigin } from "@/lib/security/public-origin";

/**
 * The origin of links in staff e-mails (invitations, password resets): the site's public origin
 * (VIGIL_PUBLIC_URL, required in production), whatever the request's Host says. Building a reset
 * link from the Host header, which the client controls, would send a victim's reset token to the
 * attacker's site ("host header poisoning"). Async for its callers' sake (they await it).
 */
export async function staffLinkOrigin(): Promise<string> {
  return publicOrigin();
}
