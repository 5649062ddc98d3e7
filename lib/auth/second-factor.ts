import "server-only";
import {
  acceptedTotpStep,
  consumeRecoveryCode,
  decryptTotpSecret,
  normaliseCode,
} from "@/lib/auth/totp";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The second factor of an account with an authenticator app, as signing in and confirming one's
 * identity both check it: a 6-digit code from the app (accepted once: its time step must be newer
 * than the last one used) or one of the recovery codes (used up). Checking writes nothing; the
 * proof is spent inside the caller's transaction with compare-and-set, so two requests racing
 * with the same code cannot both succeed.
 */

export interface SecondFactorAccount {
  id: string;
  totpSecret: string | null;
  recoveryCodeHashes: string[];
  totpLastUsedStep: number | null;
}

export type SecondFactorProof =
  | { method: "totp"; usedStep: number }
  | { method: "recovery-code"; remainingRecoveryCodes: string[] };

/** What the typed code proves, or null for none (empty, wrong, already used). */
export async function checkSecondFactor(
  account: SecondFactorAccount,
  code: string,
): Promise<SecondFactorProof | null> {
  const given = normaliseCode(code);
  if (!given || !account.totpSecret) return null;
  if (/^\d{6}$/.test(given)) {
    const usedStep = await acceptedTotpStep(
      decryptTotpSecret(account.totpSecret),
      given,
      account.totpLastUsedStep,
    );
    return usedStep === null ? null : { method: "totp", usedStep };
  }
  const remaining = consumeRecoveryCode(account.recoveryCodeHashes, given);
  return remaining ? { method: "recovery-code", remainingRecoveryCodes: remaining } : null;
}

/** Spends the proof; false when another request spent the same code first. */
export async function spendSecondFactor(
  tx: Prisma.TransactionClient,
  account: SecondFactorAccount,
  proof: SecondFactorProof,
): Promise<boolean> {
  if (proof.method === "totp") {
    const fresh = await tx.user.updateMany({
      where: {
        id: account.id,
        OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: proof.usedStep } }],
      },
      data: { totpLastUsedStep: proof.usedStep },
    });
    return fresh.count > 0;
  }
  const used = await tx.user.updateMany({
    where: { id: account.id, recoveryCodeHashes: { equals: account.recoveryCodeHashes } },
    data: { recoveryCodeHashes: proof.remainingRecoveryCodes },
  });
  return used.count > 0;
}

/** The audit details of a proven factor: how, and how many recovery codes are left. */
export function secondFactorDetails(proof: SecondFactorProof | null): Prisma.InputJsonObject {
  if (!proof) return { method: "password" };
  return proof.method === "recovery-code"
    ? { method: proof.method, recoveryCodesLeft: proof.remainingRecoveryCodes.length }
    : { method: proof.method };
}
