import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { initialFormState, type FormState } from "@/lib/actions/staff-action";
import { confirmIdentityAction } from "@/lib/actions/auth/confirm-identity";
import { hashPassword } from "@/lib/auth/password";
import { confirmPagePath, requireRecentConfirmation } from "@/lib/auth/recent-confirmation";
import { getActor, type SessionActor } from "@/lib/auth/session";
import {
  currentTotpCode,
  encryptTotpSecret,
  hashRecoveryCode,
  newTotpSecret,
} from "@/lib/auth/totp";
import { prisma } from "@/lib/db";
import { ReauthenticationRequiredError } from "@/lib/errors";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { formOf, redirectOrState } from "../fixtures/server-actions";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock("next-intl/server", async () => ({
  ...(await import("../fixtures/auth-request")).nextIntlServerModule,
  getLocale: async () => "en",
}));

const PASSWORD = "the holder's long password";
const ELEVEN_MINUTES_AGO = () => new Date(Date.now() - 11 * 60 * 1000);

async function staff(options: { totpSecret?: string; recoveryCodes?: string[] } = {}) {
  return prisma.user.create({
    data: {
      email: `confirm-${randomUUID()}@example.test`,
      name: "Ada Editor",
      role: options.totpSecret ? "ADMIN" : "EDITOR",
      passwordHash: await hashPassword(PASSWORD),
      totpSecret: options.totpSecret ? encryptTotpSecret(options.totpSecret) : null,
      totpEnabledAt: options.totpSecret ? new Date() : null,
      recoveryCodeHashes: (options.recoveryCodes ?? []).map(hashRecoveryCode),
    },
    select: { id: true, email: true, sessionVersion: true },
  });
}

/** Signs in and makes the session's last confirmation eleven minutes old. */
async function staleSession(user: Awaited<ReturnType<typeof staff>>): Promise<SessionActor> {
  const sessionId = await signInRequestAs(user);
  await prisma.staffSession.update({
    where: { id: sessionId },
    data: { confirmedAt: ELEVEN_MINUTES_AGO() },
  });
  return (await getActor())!;
}

/** The action redirects on success (Next.js's redirect throws): the target, or the form state. */
async function confirm(
  fields: Record<string, string>,
): Promise<{ redirectedTo: string } | { state: FormState<never> }> {
  return redirectOrState(() => confirmIdentityAction(initialFormState, formOf(fields)));
}

async function confirmedAt(actor: SessionActor): Promise<Date> {
  return (await prisma.staffSession.findUniqueOrThrow({ where: { id: actor.sessionId } }))
    .confirmedAt;
}

afterEach(() => signOutRequest());

describe("recent confirmation", () => {
  it("passes right after signing in, throws ten minutes later, passes again after confirming", async () => {
    const user = await staff();
    await signInRequestAs(user);
    const fresh = (await getActor())!;
    await expect(requireRecentConfirmation(fresh)).resolves.toBeUndefined();

    const actor = await staleSession(user);
    await expect(requireRecentConfirmation(actor)).rejects.toBeInstanceOf(
      ReauthenticationRequiredError,
    );
    // A longer allowance is the caller's choice.
    await expect(requireRecentConfirmation(actor, 3600)).resolves.toBeUndefined();

    const outcome = await confirm({ password: PASSWORD, next: "/en/dashboard/prisoners?x=1" });
    expect(outcome).toEqual({ redirectedTo: "/en/dashboard/prisoners?x=1" });
    await expect(requireRecentConfirmation(actor)).resolves.toBeUndefined();
    const audit = await prisma.auditLog.findMany({
      where: { action: "auth.confirm", entityId: user.id },
    });
    expect(audit.map((row) => row.details)).toEqual([{ method: "password" }]);
  });

  it("counts only for the session it was made in", async () => {
    const user = await staff();
    const other = await staleSession(user);
    await staleSession(user);
    await confirm({ password: PASSWORD });
    await expect(requireRecentConfirmation(other)).rejects.toBeInstanceOf(
      ReauthenticationRequiredError,
    );
  });

  it("refuses a wrong password on its field, audits it, and confirms nothing", async () => {
    const user = await staff();
    const actor = await staleSession(user);
    const before = await confirmedAt(actor);

    const outcome = await confirm({ password: "not the password", next: "/en/dashboard" });
    expect(outcome).toMatchObject({
      state: {
        status: "invalid",
        fieldErrors: { password: "This is not your current password." },
      },
    });
    // The password is never echoed back into the form.
    expect(JSON.stringify(outcome)).not.toContain("not the password");
    expect(await confirmedAt(actor)).toEqual(before);
    expect(
      await prisma.auditLog.count({ where: { action: "auth.confirm_failed", entityId: user.id } }),
    ).toBe(1);
  });

  it("asks for the authenticator code when the account has one; refuses a wrong or replayed one", async () => {
    const secret = newTotpSecret();
    const user = await staff({ totpSecret: secret, recoveryCodes: ["abcde-fghjk"] });
    const actor = await staleSession(user);

    expect(await confirm({ password: PASSWORD })).toMatchObject({
      state: { status: "invalid", fieldErrors: { code: "Enter the code." } },
    });
    expect(await confirm({ password: PASSWORD, code: "000000" })).toMatchObject({
      state: { status: "invalid", fieldErrors: { code: expect.stringContaining("not correct") } },
    });
    await expect(requireRecentConfirmation(actor)).rejects.toBeInstanceOf(
      ReauthenticationRequiredError,
    );

    const code = await currentTotpCode(secret);
    expect(await confirm({ password: PASSWORD, code })).toEqual({
      redirectedTo: "/en/dashboard",
    });
    await expect(requireRecentConfirmation(actor)).resolves.toBeUndefined();

    // The same code a second time (seen over a shoulder) is refused.
    await prisma.staffSession.update({
      where: { id: actor.sessionId },
      data: { confirmedAt: ELEVEN_MINUTES_AGO() },
    });
    expect(await confirm({ password: PASSWORD, code })).toMatchObject({
      state: { status: "invalid", fieldErrors: { code: expect.stringContaining("not correct") } },
    });
    // A recovery code works, once.
    expect(await confirm({ password: PASSWORD, code: "ABCDE FGHJK" })).toEqual({
      redirectedTo: "/en/dashboard",
    });
    expect(await confirm({ password: PASSWORD, code: "abcde-fghjk" })).toMatchObject({
      state: { status: "invalid" },
    });
  });

  it("never redirects off the site, whatever `next` says", async () => {
    const user = await staff();
    await staleSession(user);
    for (const next of [
      "https://evil.example/en/dashboard",
      "//evil.example/en/dashboard",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
      "",
    ]) {
      expect(await confirm({ password: PASSWORD, next })).toEqual({
        redirectedTo: "/en/dashboard",
      });
    }
  });

  it("limits attempts per account", async () => {
    const user = await staff();
    await staleSession(user);
    for (let attempt = 0; attempt < 5; attempt++) {
      await confirm({ password: "wrong guess" });
    }
    expect(await confirm({ password: PASSWORD })).toMatchObject({
      state: { status: "error", code: "rate-limited" },
    });
  });

  it("builds the confirmation page's address with a local `next` only", () => {
    expect(confirmPagePath("ru", "/ru/dashboard/audit?format=csv")).toBe(
      "/ru/dashboard/confirm?next=%2Fru%2Fdashboard%2Faudit%3Fformat%3Dcsv",
    );
    expect(confirmPagePath("en", "//evil.example")).toBe("/en/dashboard/confirm");
    expect(confirmPagePath("en", "/\t/evil.example")).toBe("/en/dashboard/confirm");
    expect(confirmPagePath("en")).toBe("/en/dashboard/confirm");
  });
});
