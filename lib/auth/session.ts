import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ForbiddenError } from "@/lib/errors";
import { can, type Action, type Actor, type Resource } from "@/lib/auth/policy";
import { REQUEST_PATH_HEADER, signInPath } from "@/lib/auth/paths";
import { readSessionClaims } from "@/lib/auth/session-token";
import { loadSessionActor, type SessionActor } from "@/lib/auth/session-user";
import { routing, type Locale } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";

export type { SessionActor } from "@/lib/auth/session-user";

/**
 * The signed-in staff member of this request, or null. The session cookie is decrypted and its
 * server-side session row and user re-read from the database on every request (once per request:
 * React's cache), so that signing out, a disabled user, a changed role or a reset password takes
 * effect on the very next request.
 *
 * This is the only way dashboard code learns who is acting; pass the result to lib/data, which
 * checks `can()` next to the data.
 */
export const getActor = cache(async (): Promise<SessionActor | null> => {
  const claims = await readSessionClaims(await headers());
  return claims ? loadSessionActor(claims) : null;
});

interface RequireActorOptions {
  /**
   * Let an administrator who has not enrolled an authenticator app through (only the enrolment
   * page and sign-out pass this); everyone else is sent to enrol first.
   */
  allowPendingTwoFactor?: boolean;
}

/**
 * For dashboard pages: the actor, or a redirect to sign-in that comes back to this page. Every
 * dashboard page calls it itself: a layout is not re-rendered on client-side navigation, so a
 * check in the layout alone would not guard the pages under it.
 */
export async function requireActor(
  locale: Locale = routing.defaultLocale,
  options: RequireActorOptions = {},
): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) {
    const currentPath = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(signInPath(locale, currentPath));
  }
  if (actor.needsTwoFactorEnrolment && !options.allowPendingTwoFactor) {
    redirect(localized(locale, dashboardRoutes.twoFactor()));
  }
  return actor;
}

/** `can()` as a guard: throws ForbiddenError (mapped by staffAction and route handlers). */
export function authorize(
  actor: Actor | null,
  action: Action,
  resource: Resource,
): asserts actor is Actor {
  if (!can(actor, action, resource)) throw new ForbiddenError(action, resource.type);
}
