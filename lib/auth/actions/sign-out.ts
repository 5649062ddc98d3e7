"use server";

import { hasLocale } from "next-intl";
import { signOut } from "@/lib/auth/auth";
import { getActor } from "@/lib/auth/session";
import { endStaffSession } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { getRequestContext } from "@/lib/security/request-context";

/**
 * The sign-out button's action (a plain form post, so it works without JavaScript): ends the
 * session on the server (a copy of the cookie is refused from now on), records the sign-out,
 * deletes the session cookie and goes to the sign-in page.
 */
export async function signOutAction(formData: FormData): Promise<void> {
  const requested = formData.get("locale");
  const locale =
    typeof requested === "string" && hasLocale(routing.locales, requested)
      ? requested
      : routing.defaultLocale;
  const actor = await getActor();
  if (actor) {
    const context = await getRequestContext();
    await prisma.$transaction(async (tx) => {
      await endStaffSession(actor, actor.sessionId, tx);
      await recordAudit(tx, {
        actor,
        action: "auth.sign_out",
        entityType: "User",
        entityId: actor.id,
        ip: context.ip,
        userAgent: context.userAgent,
      });
    });
  }
  await signOut({ redirectTo: `/${locale}/sign-in?signedOut=1` });
}
