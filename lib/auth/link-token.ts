import { createHash, randomBytes } from "node:crypto";

/**
 * Tokens in e-mailed links (invitations, password resets): 32 random bytes in the link, only
 * their SHA-256 in the database, so a copy of the database opens no account. A plain hash is
 * enough here (unlike passwords): 256 random bits cannot be guessed.
 */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
