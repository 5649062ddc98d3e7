import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { endAllStaffSessions, endStaffSession } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * What the signed-in user changes about their own account. No policy check beyond "signed in":
 * it only ever touches the actor's own row.
 */

export async function updateOwnName(
  actor: Actor,
  name: string,
  context: RequestContext,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { name } });
    await recordAudit(tx, {
      actor,
      action: "user.update_own_name",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}

/**
 * Increments the session version (every session of the account ends on its next request) and
 * marks every session row ended, so that the account page lists none.
 */
export async function signOutEverywhere(actor: Actor, context: RequestContext): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { sessionVersion: { increment: 1 } },
    });
    await endAllStaffSessions(tx, actor.id);
    await recordAudit(tx, {
      actor,
      action: "auth.sign_out_everywhere",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}

/**
 * Signing out: ends the actor's current session on the server (a copy of its cookie is refused
 * from now on) and records the sign-out, in one transaction.
 */
export async function signOutCurrentSession(
  actor: Actor,
  sessionId: string,
  context: RequestContext,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await endStaffSession(actor, sessionId, tx);
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
