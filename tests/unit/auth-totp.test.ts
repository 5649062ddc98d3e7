import { describe, expect, it } from "vitest";
import {
  consumeRecoveryCode,
  currentTotpCode,
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpUri,
  verifyTotpCode,
} from "@/lib/auth/totp";

describe("TOTP secrets at rest", () => {
  it("round-trips through AES-256-GCM with a fresh IV each time", () => {
    const secret = newTotpSecret();
    const first = encryptTotpSecret(secret);
    const second = encryptTotpSecret(secret);
    expect(first).not.toBe(second);
    expect(first).not.toContain(secret);
    expect(decryptTotpSecret(first)).toBe(secret);
    expect(decryptTotpSecret(second)).toBe(secret);
  });

  it("refuses a tampered ciphertext", () => {
    const stored = encryptTotpSecret(newTotpSecret());
    const [format, iv, tag, ciphertext] = stored.split(".");
    const flipped = Buffer.from(ciphertext!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() =>
      decryptTotpSecret([format, iv, tag, flipped.toString("base64url")].join(".")),
    ).toThrow();
  });
});

describe("TOTP codes", () => {
  it("accepts the current code, with or without a space, and refuses others", async () => {
    const secret = newTotpSecret();
    const code = await currentTotpCode(secret);
    expect(await verifyTotpCode(secret, code)).toBe(true);
    expect(await verifyTotpCode(secret, `${code.slice(0, 3)} ${code.slice(3)}`)).toBe(true);
    const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, "0");
    expect(await verifyTotpCode(secret, wrong)).toBe(false);
    expect(await verifyTotpCode(secret, "abcdef")).toBe(false);
  });

  it("makes an otpauth address an authenticator app understands", () => {
    const uri = totpUri("ann@example.org", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Vigil:ann%40example\.org\?/);
    expect(uri).toContain("secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(uri).toContain("issuer=Vigil");
  });
});

describe("recovery codes", () => {
  it("are ten distinct, readable codes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it("each works once, typed in any case and without the dash", () => {
    const codes = newRecoveryCodes();
    const hashes = codes.map(hashRecoveryCode);
    const remaining = consumeRecoveryCode(hashes, codes[3]!.toUpperCase().replace("-", ""));
    expect(remaining).toHaveLength(9);
    expect(consumeRecoveryCode(remaining!, codes[3]!)).toBeNull();
    expect(consumeRecoveryCode(hashes, "aaaaa-aaaaa")).toBeNull();
  });
});
