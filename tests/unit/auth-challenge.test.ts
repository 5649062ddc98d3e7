import { describe, expect, it } from "vitest";
import { CHALLENGE_TTL_SECONDS, createChallenge, readChallenge } from "@/lib/auth/challenge";

describe("sign-in challenge", () => {
  it("carries the user and session version until it expires", () => {
    const now = Date.now();
    const token = createChallenge("user-1", 4, now);
    expect(readChallenge(token, now + 1000)).toMatchObject({ userId: "user-1", sessionVersion: 4 });
    expect(readChallenge(token, now + CHALLENGE_TTL_SECONDS * 1000 + 1)).toBeNull();
  });

  it("refuses a token whose body was changed", () => {
    const token = createChallenge("user-1", 4);
    const [body, signature] = token.split(".");
    const forged = Buffer.from(
      Buffer.from(body!, "base64url").toString("utf8").replace("user-1", "admin-1"),
    ).toString("base64url");
    expect(readChallenge(`${forged}.${signature}`)).toBeNull();
    expect(readChallenge(`${body}.${signature}x`)).toBeNull();
    expect(readChallenge("garbage")).toBeNull();
    expect(readChallenge(undefined)).toBeNull();
  });
});
