import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from "node:crypto";
import { generate, generateSecret, generateURI, verify } from "otplib";
import { deriveKey } from "@/lib/auth/app-secret";

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 s, what every authenticator app
 * speaks) with otplib 13, the secret encrypted at rest, and one-time recovery codes.
 *
 * Not "server-only" so that the end-to-end fixtures can enrol a known secret; it holds no data.
 */

export const TOTP_ISSUER = "Vigil";
export const RECOVERY_CODE_COUNT = 10;

/** A new random secret (base32, 160 bits) for enrolment. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(accountEmail: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountEmail, secret });
}

/** Digits only: people type "123 456" as readily as "123456". */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, "");
}

/**
 * Whether the code is right for now, allowing one 30-second step either side for a phone whose
 * clock is slightly off and for the time it takes to type.
 */
export async function verifyTotpCode(secret: string, code: string): Promise<boolean> {
  return (await acceptedTotpStep(secret, code)) !== null;
}

/**
 * Like verifyTotpCode, for sign-in: the time step of the accepted code, or null. Codes of steps
 * up to `afterTimeStep` (the last one used) are refused, so that each code works once.
 */
export async function acceptedTotpStep(
  secret: string,
  code: string,
  afterTimeStep?: number | null,
): Promise<number | null> {
  const token = normaliseCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epochTolerance: 30,
    ...(afterTimeStep != null ? { afterTimeStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The current code (for the end-to-end tests, which play the authenticator app). */
export async function currentTotpCode(secret: string): Promise<string> {
  return generate({ secret });
}

// ── Encryption at rest ──────────────────────────────────────────────────────────────────────────

const CIPHER = "aes-256-gcm";
const FORMAT = "v1";

function totpKey(): Buffer {
  return deriveKey("vigil/totp-secret/v1");
}

/** AES-256-GCM with a fresh 96-bit IV: "v1.<iv>.<tag>.<ciphertext>" in base64url. */
export function encryptTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(CIPHER, totpKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptTotpSecret(stored: string): string {
  const [format, iv, tag, ciphertext] = stored.split(".");
  if (format !== FORMAT || !iv || !tag || !ciphertext) {
    throw new Error("Unrecognised format of a stored TOTP secret");
  }
  const decipher = createDecipheriv(CIPHER, totpKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

// ── Recovery codes ──────────────────────────────────────────────────────────────────────────────

// No 0/o, 1/l/i: codes are copied from paper.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function recoveryCode(): string {
  const chars = Array.from(
    { length: 10 },
    () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
  );
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/** Ten new codes to show once; store only their hashes. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
}

/**
 * Keyed hash of a recovery code (lower-cased, without spaces or dashes): a copy of the database
 * alone does not allow guessing codes offline.
 */
export function hashRecoveryCode(code: string): string {
  return createHmac("sha256", deriveKey("vigil/recovery-code/v1"))
    .update(normaliseCode(code).toLowerCase())
    .digest("hex");
}

/** The stored hashes without the one matching `code`, or null if no stored code matches. */
export function consumeRecoveryCode(hashes: readonly string[], code: string): string[] | null {
  const hash = hashRecoveryCode(code);
  const index = hashes.indexOf(hash);
  return index === -1 ? null : [...hashes.slice(0, index), ...hashes.slice(index + 1)];
}
