import { env } from "@/lib/env";
import { publicUrl } from "@/lib/security/public-origin";

/** RFC 9116 asks for an expiry under a year away; made per request, so it never lapses. */
const EXPIRES_AFTER_DAYS = 180;
export const dynamic = "force-dynamic";

/**
 * /.well-known/security.txt (RFC 9116): where to report a vulnerability. The contact is the
 * organisation's (VIGIL_SECURITY_CONTACT); how reports are handled is in Vigil's SECURITY.md.
 */
export function GET(): Response {
  const expires = new Date(Date.now() + EXPIRES_AFTER_DAYS * 86_400_000);
  const body = [
    `Contact: ${env.VIGIL_SECURITY_CONTACT}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    "Preferred-Languages: en, ru",
    `Canonical: ${publicUrl("/.well-known/security.txt")}`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
