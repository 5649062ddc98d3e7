import argon2 from "argon2";

/**
 * Staff passwords: argon2id (the `argon2` package, a maintained native binding of the reference
 * implementation) with its default cost (64 MiB, 3 passes), which OWASP's guidance exceeds
 * for interactive sign-in. Passwords are never logged, stored or audited in clear.
 *
 * Not "server-only" so that the end-to-end fixtures can create users with a known password.
 */

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch (error) {
    // A malformed hash in the database is a data problem, not a wrong password: say so loudly.
    throw new Error("Stored password hash could not be verified", { cause: error });
  }
}

// Computed once: verifying against it costs as much as verifying a real password, so an unknown
// e-mail address takes as long to refuse as a wrong password (no account enumeration by timing).
let dummyHash: Promise<string> | undefined;

/** Spends the time of one verification and answers false. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("vigil-dummy-password-for-equal-timing");
  await argon2.verify(await dummyHash, password);
  return false;
}
