"use server";

import { signOutCurrentSession } from "@/lib/auth/account";
import { signOut } from "@/lib/auth/auth";
import { getActor } from "@/lib/auth/session";
import { knownLocaleOr } from "@/lib/i18n/routing";
import { authRoutes, localized, withQuery } from "@/lib/routes";
import { getRequestContext } from "@/lib/security/request-context";

/**
 * The sign-out button's action (a plain form post, so it works without JavaScript): ends the
 * session on the server (a copy of the cookie is refused from now on), records the sign-out,
 * deletes the session cookie and goes to the sign-in page.
 */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = knownLocaleOr(formData.get("locale"));
  const actor = await getActor();
  if (actor) await signOutCurrentSession(actor, actor.sessionId, await getRequestContext());
  await signOut({
    redirectTo: localized(locale, withQuery(authRoutes.signIn(), { signedOut: 1 })),
  });
}
