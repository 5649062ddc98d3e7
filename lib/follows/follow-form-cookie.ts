import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";
import { openFormState, sealFormState } from "@/lib/signing/form-cookie";
import { sameFollowTarget, type FollowTargetRef } from "@/lib/follows/follow-target-ref";
import type { FollowEmailError, FollowFieldErrors, FollowValues } from "@/lib/follows/follow-form";

/**
 * The follow forms' results without JavaScript, as signing carries its own
 * (lib/signing/form-cookie.ts, whose sealing this uses): what was typed and what was wrong, in an
 * encrypted, HttpOnly, path-scoped, 10-minute cookie, never in a URL or a log.
 */

export const FOLLOW_FORM_COOKIE = "vigil-follow-form";
export const LOST_LINK_COOKIE = "vigil-follow-lost-link";
const MAX_AGE_SECONDS = 10 * 60;

export type FollowFormProblem = "invalid" | "rate-limited" | "failed" | "unavailable";

export interface FollowFormState {
  problem: FollowFormProblem;
  errors: FollowFieldErrors;
  values: FollowValues;
  /** The form's target: a cookie of another target's form is ignored. */
  target: FollowTargetRef;
  at: number;
}

export interface LostLinkFormState {
  problem: FollowFormProblem;
  error?: FollowEmailError;
  email: string;
  at: number;
}

/**
 * The cookies' path: "/<locale>/follow", under which are the follow form's page and the lost-link
 * page (the follow page's path with no target: withQuery leaves out an empty value).
 */
function cookiePath(locale: Locale): string {
  return localized(locale, publicRoutes.follow({ kind: "prisoner", key: "" }));
}

function cookie(name: string, value: string, locale: Locale, secure: boolean): string {
  const maxAge = value ? MAX_AGE_SECONDS : 0;
  return (
    `${name}=${value}; Path=${cookiePath(locale)}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax` +
    (secure ? "; Secure" : "")
  );
}

export function followFormCookie(
  state: FollowFormState | null,
  locale: Locale,
  secure: boolean,
): string {
  return cookie(FOLLOW_FORM_COOKIE, state ? sealFormState(state) : "", locale, secure);
}

export function lostLinkCookie(
  state: LostLinkFormState | null,
  locale: Locale,
  secure: boolean,
): string {
  return cookie(LOST_LINK_COOKIE, state ? sealFormState(state) : "", locale, secure);
}

export function openFollowFormState(
  sealed: string | undefined,
  target: FollowTargetRef,
): FollowFormState | null {
  const state = openFormState<FollowFormState>(sealed, MAX_AGE_SECONDS);
  return state?.target && sameFollowTarget(state.target, target) ? state : null;
}

export function openLostLinkState(sealed: string | undefined): LostLinkFormState | null {
  return openFormState<LostLinkFormState>(sealed, MAX_AGE_SECONDS);
}
