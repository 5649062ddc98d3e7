import { describe, expect, it } from "vitest";
import { GET } from "@/app/.well-known/security.txt/route";

describe("/.well-known/security.txt (RFC 9116)", () => {
  it("names a contact, an expiry under a year away, and its canonical address", async () => {
    const text = await GET().text();
    const fields = Object.fromEntries(
      text
        .trim()
        .split("\n")
        .map((line) => [
          line.slice(0, line.indexOf(":")),
          line.slice(line.indexOf(":") + 1).trim(),
        ]),
    );
    expect(fields.Contact).toMatch(/^(mailto:|https:)/);
    const expires = Date.parse(fields.Expires ?? "");
    expect(expires).toBeGreaterThan(Date.now() + 30 * 86_400_000);
    expect(expires).toBeLessThan(Date.now() + 365 * 86_400_000);
    expect(fields.Canonical).toMatch(/\/\.well-known\/security\.txt$/);
    expect(fields["Preferred-Languages"]).toBe("en, ru");
  });
});
