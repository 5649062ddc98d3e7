import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInPath } from "@/lib/auth/paths";
import { acceptInvitationSchema, signInSchema } from "@/lib/validation/auth";

function codes(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("new passwords", () => {
  const base = { token: "t", name: "Ann" };

  it("need at least 12 characters", () => {
    const result = acceptInvitationSchema.safeParse({
      ...base,
      password: "short",
      passwordConfirm: "short",
    });
    expect(codes(result)).toEqual({ password: "passwordTooShort" });
  });

  it("may not be one of the commonest passwords", () => {
    const result = acceptInvitationSchema.safeParse({
      ...base,
      password: "Password1234",
      passwordConfirm: "Password1234",
    });
    expect(codes(result)).toEqual({ password: "passwordCommon" });
  });

  it("must be typed the same twice", () => {
    const result = acceptInvitationSchema.safeParse({
      ...base,
      password: "correct horse battery",
      passwordConfirm: "correct horse batterz",
    });
    expect(codes(result)).toEqual({ passwordConfirm: "passwordMismatch" });
  });

  it("keep their spaces", () => {
    const result = acceptInvitationSchema.safeParse({
      ...base,
      password: "  spaced out words  ",
      passwordConfirm: "  spaced out words  ",
    });
    expect(result.success && result.data.password).toBe("  spaced out words  ");
  });
});

describe("sign-in form", () => {
  it("names the missing e-mail and password", () => {
    expect(codes(signInSchema.safeParse({ email: "", password: "" }))).toEqual({
      email: "emailRequired",
      password: "passwordRequired",
    });
    expect(codes(signInSchema.safeParse({ email: "not-an-address", password: "x" }))).toEqual({
      email: "emailInvalid",
    });
  });
});

describe("callback addresses", () => {
  it("follows only paths on this site", () => {
    expect(safeCallbackPath("/en/dashboard/users")).toBe("/en/dashboard/users");
    expect(safeCallbackPath("//evil.example/x")).toBeNull();
    expect(safeCallbackPath("/\\evil.example")).toBeNull();
    expect(safeCallbackPath("https://evil.example")).toBeNull();
    // Browsers drop tabs and newlines: these would become "//evil.example".
    expect(safeCallbackPath("/\t/evil.example")).toBeNull();
    expect(safeCallbackPath("/\n/evil.example")).toBeNull();
    expect(signInPath("ru", "https://evil.example")).toBe("/ru/sign-in");
    expect(signInPath("en", "/en/dashboard")).toBe("/en/sign-in?callbackUrl=%2Fen%2Fdashboard");
  });
});
