import "server-only";
import { newLinkToken } from "@/lib/auth/link-token";
import type { Actor, Role } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { enqueueMail } from "@/lib/mail/outbox";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * Staff accounts as administrators manage them: the list, invitations, roles, disabling. Every
 * function checks the policy (`user` resource: administrators only) next to the data, and every
 * change is audited in its own transaction. Changing a role or disabling a user increments their
 * session version, which signs them out on their next request (lib/auth/session.ts).
 */

export const INVITATION_TTL_DAYS = 7;

export interface StaffUserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  twoFactorEnabled: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
}

export type InvitationStatus = "pending" | "expired";

export interface PendingInvitationRow {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expiresAt: Date;
  invitedBy: string | null;
  createdAt: Date;
}

export async function listStaffUsers(actor: Actor): Promise<StaffUserRow[]> {
  authorize(actor, "view", { type: "user" });
  const users = await prisma.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      totpEnabledAt: true,
      lastSignInAt: true,
      createdAt: true,
    },
  });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    twoFactorEnabled: user.totpEnabledAt !== null,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
  }));
}

/** Invitations neither accepted nor revoked (expired ones too, so they can be cleared). */
export async function listOpenInvitations(actor: Actor): Promise<PendingInvitationRow[]> {
  authorize(actor, "view", { type: "user" });
  const rows = await prisma.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { name: true } },
    },
  });
  const now = Date.now();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    status: row.expiresAt.getTime() > now ? "pending" : "expired",
    expiresAt: row.expiresAt,
    invitedBy: row.invitedBy?.name ?? null,
    createdAt: row.createdAt,
  }));
}

/** The address already belongs to a staff member. */
export class AlreadyMemberError extends Error {
  override name = "AlreadyMemberError";
}

/**
 * Invites someone: a new invitation (replacing any open one for the same address) and its
 * e-mail, in one transaction. `linkFor(token)` makes the absolute link to the invitation page.
 */
export async function inviteStaffUser(
  actor: Actor,
  input: { email: string; role: Role; locale: Locale },
  linkFor: (token: string) => string,
  context: RequestContext,
): Promise<{ invitationId: string }> {
  authorize(actor, "manage", { type: "user" });
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true },
    });
    if (existing) throw new AlreadyMemberError(input.email);
    // One open invitation per address: a new one replaces (revokes) the older links.
    await tx.invitation.updateMany({
      where: { email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const invitation = await tx.invitation.create({
      data: { email: input.email, role: input.role, tokenHash, expiresAt, invitedById: actor.id },
      select: { id: true },
    });
    await enqueueMail(tx, {
      kind: "auth.invitation",
      to: input.email,
      locale: input.locale,
      payload: {
        inviterName: actor.name,
        role: input.role,
        acceptUrl: linkFor(token),
        expiresAt: expiresAt.toISOString(),
      },
    });
    await recordAudit(tx, {
      actor,
      action: "user.invite",
      entityType: "Invitation",
      entityId: invitation.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { email: input.email, role: input.role },
    });
    return { invitationId: invitation.id };
  });
}

export async function revokeInvitation(
  actor: Actor,
  invitationId: string,
  context: RequestContext,
): Promise<void> {
  authorize(actor, "manage", { type: "user" });
  await prisma.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw new NotFoundError("Invitation", invitationId);
    await recordAudit(tx, {
      actor,
      action: "user.invitation_revoke",
      entityType: "Invitation",
      entityId: invitationId,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}

/** An administrator cannot demote or disable themselves: the last one would lock everyone out. */
function refuseSelf(actor: Actor, userId: string, action: string): void {
  if (actor.id === userId) throw new ForbiddenError(action, "user");
}

export async function changeStaffRole(
  actor: Actor,
  input: { userId: string; role: Role },
  context: RequestContext,
): Promise<void> {
  authorize(actor, "manage", { type: "user" });
  refuseSelf(actor, input.userId, "changeRole");
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, role: true },
    });
    if (!user) throw new NotFoundError("User", input.userId);
    if (user.role === input.role) return;
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      actor,
      action: "user.role_change",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { email: user.email, from: user.role, to: input.role },
    });
  });
}

export async function setStaffUserDisabled(
  actor: Actor,
  input: { userId: string; disabled: boolean },
  context: RequestContext,
): Promise<void> {
  authorize(actor, "manage", { type: "user" });
  refuseSelf(actor, input.userId, input.disabled ? "disable" : "enable");
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, disabledAt: true },
    });
    if (!user) throw new NotFoundError("User", input.userId);
    if ((user.disabledAt !== null) === input.disabled) return;
    await tx.user.update({
      where: { id: user.id },
      data: input.disabled
        ? { disabledAt: new Date(), sessionVersion: { increment: 1 } }
        : { disabledAt: null },
    });
    await recordAudit(tx, {
      actor,
      action: input.disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { email: user.email },
    });
  });
}
