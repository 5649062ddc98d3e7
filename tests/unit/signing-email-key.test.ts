import { describe, expect, it } from "vitest";
import { canonicalEmailKey } from "@/lib/signing/email-key";

describe("the canonical e-mail key", () => {
  it.each([
    ["Jane.Doe@Gmail.com", "janedoe@gmail.com"],
    ["j.a.n.e.doe+petition@googlemail.com", "janedoe@gmail.com"],
    ["JANEDOE@GMAIL.COM", "janedoe@gmail.com"],
    ["  jane.doe+x+y@gmail.com ", "janedoe@gmail.com"],
  ])("folds the Gmail variant %s into %s", (email, key) => {
    expect(canonicalEmailKey(email)).toBe(key);
  });

  it("removes +tags for every domain but keeps dots outside Gmail", () => {
    expect(canonicalEmailKey("Anna.K+news@Example.org")).toBe("anna.k@example.org");
    expect(canonicalEmailKey("anna.k@example.org")).not.toBe(
      canonicalEmailKey("annak@example.org"),
    );
  });

  it("keeps a local part that starts with +", () => {
    expect(canonicalEmailKey("+tag@example.org")).toBe("+tag@example.org");
  });
});
