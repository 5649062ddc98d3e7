import "server-only";
import { hashLinkToken } from "@/lib/auth/link-token";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * The invitee's side of an invitation (the administrator's side is in lib/data/users.ts): look
 * up the link, then accept it by choosing a name and a password, which creates the account.
 */

export type InvitationLookup =
  | { status: "valid"; email: string; role: Role }
  | { status: "expired" | "used" | "revoked" | "unknown" };

export async function lookUpInvitation(token: string, now = new Date()): Promise<InvitationLookup> {
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  if (!invitation) return { status: "unknown" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.revokedAt) return { status: "revoked" };
  if (invitation.expiresAt <= now) return { status: "expired" };
  return { status: "valid", email: invitation.email, role: invitation.role };
}

export type AcceptInvitationOutcome =
  | { status: "accepted"; email: string; role: Role }
  | { status: "expired" | "used" | "revoked" | "unknown" };

/**
 * Creates the account of a valid invitation and marks the invitation used, in one transaction;
 * the row lock on the invitation makes a double submission create one account only.
 */
export async function acceptInvitation(
  input: { token: string; name: string; password: string },
  context: RequestContext,
): Promise<AcceptInvitationOutcome> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const tokenHash = hashLinkToken(input.token);
    // Lock the invitation row: two submissions of the form queue here.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    if (locked.length === 0) return { status: "unknown" as const };
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: {
        id: true,
        email: true,
        role: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
      },
    });
    if (invitation.acceptedAt) return { status: "used" as const };
    if (invitation.revokedAt) return { status: "revoked" as const };
    if (invitation.expiresAt <= new Date()) return { status: "expired" as const };
    const existing = await tx.user.findUnique({
      where: { email: invitation.email },
      select: { id: true },
    });
    if (existing) return { status: "used" as const };

    const user = await tx.user.create({
      data: {
        email: invitation.email,
        name: input.name,
        role: invitation.role,
        passwordHash,
      },
      select: { id: true, email: true },
    });
    await tx.invitation.update({
      where: { id: invitation.id },
      data: { acceptedAt: new Date() },
    });
    await recordAudit(tx, {
      actor: user,
      action: "auth.invitation_accept",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { invitationId: invitation.id, role: invitation.role },
    });
    return { status: "accepted" as const, email: invitation.email, role: invitation.role };
  });
}
