import "server-only";
import QRCode from "qrcode";
import type { Actor } from "@/lib/auth/policy";
import {
  consumeRecoveryCode,
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseCode,
  totpUri,
  verifyTotpCode,
} from "@/lib/auth/totp";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * Two-step verification of the signed-in user's own account: enrolment (a secret kept encrypted
 * and pending until a code from the app confirms it, then ten recovery codes shown once), and
 * turning it off (not for administrators, who must keep it).
 */

export type TwoFactorSetup =
  | { status: "enabled"; recoveryCodesLeft: number }
  | {
      status: "pending";
      /** Base32, for typing into the app by hand. */
      secret: string;
      /** The QR code of the otpauth:// address, as an SVG data URL (no network involved). */
      qrCodeDataUrl: string;
    };

/**
 * The account's two-step state; for an account without it, the pending secret to enrol (created
 * on first view and kept until confirmed, so that reloading the page shows the same QR code).
 */
export async function twoFactorSetup(actor: Actor): Promise<TwoFactorSetup> {
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { email: true, totpSecret: true, totpEnabledAt: true, recoveryCodeHashes: true },
  });
  if (!user) throw new NotFoundError("User", actor.id);
  if (user.totpEnabledAt) {
    return { status: "enabled", recoveryCodesLeft: user.recoveryCodeHashes.length };
  }
  let secret: string;
  if (user.totpSecret) {
    secret = decryptTotpSecret(user.totpSecret);
  } else {
    secret = newTotpSecret();
    // Conditional: two tabs opening the page at once keep one secret.
    const stored = await prisma.user.updateMany({
      where: { id: actor.id, totpSecret: null, totpEnabledAt: null },
      data: { totpSecret: encryptTotpSecret(secret) },
    });
    if (stored.count === 0) return twoFactorSetup(actor);
  }
  const svg = await QRCode.toString(totpUri(user.email, secret), {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
  });
  return {
    status: "pending",
    secret,
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

export type ConfirmOutcome =
  | { status: "enabled"; recoveryCodes: string[] }
  | { status: "wrong-code" }
  | { status: "already-enabled" };

/** Turns two-step verification on if `code` matches the pending secret. */
export async function confirmTwoFactor(
  actor: Actor,
  code: string,
  context: RequestContext,
): Promise<ConfirmOutcome> {
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (!user) throw new NotFoundError("User", actor.id);
  if (user.totpEnabledAt) return { status: "already-enabled" };
  if (!user.totpSecret || !(await verifyTotpCode(decryptTotpSecret(user.totpSecret), code))) {
    return { status: "wrong-code" };
  }
  const recoveryCodes = newRecoveryCodes();
  return prisma.$transaction(async (tx) => {
    const enabled = await tx.user.updateMany({
      where: { id: actor.id, totpSecret: user.totpSecret, totpEnabledAt: null },
      data: { totpEnabledAt: new Date(), recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) },
    });
    if (enabled.count === 0) return { status: "already-enabled" as const };
    await recordAudit(tx, {
      actor,
      action: "auth.totp_enable",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return { status: "enabled" as const, recoveryCodes };
  });
}

/**
 * Turns two-step verification off with a current code or a recovery code. Administrators cannot:
 * the policy of the site requires it for them.
 */
export async function disableTwoFactor(
  actor: Actor,
  code: string,
  context: RequestContext,
): Promise<"disabled" | "wrong-code"> {
  if (actor.role === "ADMIN") throw new ForbiddenError("disableTwoFactor", "user");
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { totpSecret: true, totpEnabledAt: true, recoveryCodeHashes: true },
  });
  if (!user) throw new NotFoundError("User", actor.id);
  if (!user.totpEnabledAt || !user.totpSecret) return "disabled";
  const given = normaliseCode(code);
  const valid = /^\d{6}$/.test(given)
    ? await verifyTotpCode(decryptTotpSecret(user.totpSecret), given)
    : consumeRecoveryCode(user.recoveryCodeHashes, given) !== null;
  if (!valid) return "wrong-code";
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [] },
    });
    await recordAudit(tx, {
      actor,
      action: "auth.totp_disable",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
  return "disabled";
}

/** Whether the account uses two-step verification, and how many recovery codes are left. */
export async function twoFactorStatus(
  actor: Actor,
): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { totpEnabledAt: true, recoveryCodeHashes: true },
  });
  if (!user) throw new NotFoundError("User", actor.id);
  return {
    enabled: user.totpEnabledAt !== null,
    recoveryCodesLeft: user.recoveryCodeHashes.length,
  };
}
