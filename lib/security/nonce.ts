import "server-only";
import { headers } from "next/headers";

/** The CSP nonce that proxy.ts generated for this request, for any <Script> that needs it. */
export async function getCspNonce(): Promise<string | undefined> {
  return (await headers()).get("x-nonce") ?? undefined;
}
