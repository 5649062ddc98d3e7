import "server-only";
import { disposableEmailBlocklistSet } from "disposable-email-domains-js";
import type { SignatureFlag } from "@/lib/generated/prisma/client";
import { emailKeyDomain } from "@/lib/signing/email-key";
import { MINIMUM_FILL_MILLISECONDS } from "@/lib/validation/signature";

/**
 * Fraud signals raised when a signature is stored. They never refuse a signature or change what
 * the signer sees (a robot must not learn what gave it away, a person must not be turned away by
 * a false alarm): staff review flagged signatures and invalidate them in bulk.
 *
 * Here, the checks that cost nothing: the address's domain and the fill time. The burst checks
 * (same IP or network, BURST_WINDOW) are counted by the INSERT statement itself (record-
 * signature.ts); the address-pattern check compares many signatures and runs in the review pass
 * (review-pass.ts).
 */

/** Signatures of one letter from one IP address within the window before a new one is flagged. */
export const BURST_FROM_IP_THRESHOLD = 5;
/** Likewise from one network (IPv4 /24, IPv6 /48). */
export const BURST_FROM_NETWORK_THRESHOLD = 20;
export const BURST_WINDOW_MINUTES = 10;

let disposable: Set<string> | undefined;

export function isDisposableDomain(domain: string): boolean {
  disposable ??= disposableEmailBlocklistSet();
  // Subdomains of a disposable service ("x.mailinator.com") are disposable too.
  const labels = domain.split(".");
  for (let index = 0; index < labels.length - 1; index++) {
    if (disposable.has(labels.slice(index).join("."))) return true;
  }
  return false;
}

export function cheapSignatureFlags(input: {
  emailKey: string;
  elapsedMs: number | null;
}): SignatureFlag[] {
  const flags: SignatureFlag[] = [];
  if (isDisposableDomain(emailKeyDomain(input.emailKey))) flags.push("DISPOSABLE_DOMAIN");
  if (input.elapsedMs !== null && input.elapsedMs < MINIMUM_FILL_MILLISECONDS) {
    flags.push("TOO_FAST");
  }
  return flags;
}
