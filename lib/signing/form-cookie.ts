import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { derivedKey } from "@/lib/signing/secret-keys";
import type { SignatureFieldErrors, SignatureValues } from "@/lib/validation/signature";

/**
 * The sign form's result without JavaScript: the route handler answers a failed submission with
 * a redirect to the letter's /sign page and carries what the person typed and what was wrong in
 * this cookie, so that neither the e-mail address nor the name ever appears in a URL or a log.
 * Encrypted and authenticated (AES-256-GCM under a key derived from VIGIL_SECRET), HttpOnly,
 * scoped to the letter's path and short-lived.
 */

export const SIGN_FORM_COOKIE = "vigil-sign-form";
export const SIGN_FORM_COOKIE_MAX_AGE_SECONDS = 10 * 60;

/** "unavailable": the database could not be reached, so nothing was stored (see outage-answer.ts). */
export type SignFormProblem = "invalid" | "rate-limited" | "failed" | "unavailable";

export interface SignFormState {
  problem: SignFormProblem;
  errors: SignatureFieldErrors;
  values: SignatureValues;
  /** The letter the state belongs to: a cookie of another letter is ignored. */
  slug: string;
  /** Milliseconds since the epoch; a stale cookie is ignored even if the browser kept it. */
  at: number;
}

export function sealSignFormState(state: SignFormState): string {
  return sealFormState(state);
}

/** The state in a cookie, or null when it is missing, forged, stale or for another letter. */
export function openSignFormState(sealed: string | undefined, slug: string): SignFormState | null {
  const state = openFormState<SignFormState>(sealed, SIGN_FORM_COOKIE_MAX_AGE_SECONDS);
  return state && state.slug === slug ? state : null;
}

/**
 * Any public form's state, sealed the same way (lib/follows' forms use it too): `at` (ms since
 * the epoch) dates it, so that a stale cookie is ignored even if the browser kept it.
 */
export function sealFormState(state: { at: number }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("form-cookie"), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(state), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/**
 * The state sealed in a cookie, or null when it is missing, forged or older than `maxAgeSeconds`.
 * The caller checks that it belongs to its form (a letter's slug, a follow's target).
 */
export function openFormState<State extends { at: number }>(
  sealed: string | undefined,
  maxAgeSeconds: number,
): State | null {
  if (!sealed) return null;
  try {
    const raw = Buffer.from(sealed, "base64url");
    if (raw.length < 29) return null;
    const decipher = createDecipheriv(
      "aes-256-gcm",
      derivedKey("form-cookie"),
      raw.subarray(0, 12),
    );
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString(
      "utf8",
    );
    const state = JSON.parse(text) as State;
    if (typeof state?.at !== "number" || Date.now() - state.at > maxAgeSeconds * 1000) return null;
    return state;
  } catch {
    // A cookie that does not decrypt (forged, or sealed under a previous key) is no state at all.
    return null;
  }
}
