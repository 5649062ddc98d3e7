import "server-only";
import { headers } from "next/headers";
import { clientIpFromHeaders } from "@/lib/security/ip";

/**
 * Where a staff request came from, for the audit log's "from where" (recordAudit's ip and
 * userAgent). Staff actions are recorded with the address itself: the audit log exists to answer
 * "who did this, from where" after an incident. Anonymous visitors' addresses are only ever
 * stored as keyed hashes (lib/security/ip.ts).
 */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

/** Reads the current request's headers; only inside a request (page, action, route handler). */
export async function getRequestContext(): Promise<RequestContext> {
  return requestContextFromHeaders(await headers());
}

export function requestContextFromHeaders(source: Pick<Headers, "get">): RequestContext {
  return {
    ip: clientIpFromHeaders(source),
    userAgent: source.get("user-agent")?.slice(0, 512) ?? null,
  };
}
