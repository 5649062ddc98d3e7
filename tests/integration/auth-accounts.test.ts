import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createChallenge } from "@/lib/auth/challenge";
import { checkPassword, completeSignIn } from "@/lib/auth/credentials";
import { acceptInvitation, lookUpInvitation } from "@/lib/auth/invitations";
import { hashPassword } from "@/lib/auth/password";
import { lookUpResetToken, requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { settleWorkAfterAnswers } from "@/lib/security/after-answer";
import {
  currentTotpCode,
  encryptTotpSecret,
  hashRecoveryCode,
  newTotpSecret,
} from "@/lib/auth/totp";
import { prisma } from "@/lib/db";
import {
  changeStaffRole,
  inviteStaffUser,
  revokeInvitation,
  setStaffUserDisabled,
  AlreadyMemberError,
} from "@/lib/data/users";
import { ForbiddenError } from "@/lib/errors";
import { RateLimitedError } from "@/lib/rate-limit";

/** Each test signs in from its own address, so per-IP limits never overlap between tests. */
function context() {
  return { ip: `10.9.${randomBytes(2).join(".")}`, userAgent: "vitest" };
}

const PASSWORD = "a long enough password";

async function user(
  role: "ADMIN" | "EDITOR" | "CONTRIBUTOR",
  extra: { totpSecret?: string; recoveryCodes?: string[]; disabled?: boolean } = {},
) {
  const email = `auth-accounts-${randomUUID()}@example.test`;
  return prisma.user.create({
    data: {
      email,
      name: `Person ${role}`,
      role,
      passwordHash: await hashPassword(PASSWORD),
      totpSecret: extra.totpSecret ? encryptTotpSecret(extra.totpSecret) : null,
      totpEnabledAt: extra.totpSecret ? new Date() : null,
      recoveryCodeHashes: (extra.recoveryCodes ?? []).map(hashRecoveryCode),
      disabledAt: extra.disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}

function auditRows(action: string, entityId?: string) {
  return prisma.auditLog.findMany({ where: { action, ...(entityId ? { entityId } : {}) } });
}

describe("signing in", () => {
  it("answers the same for an unknown address, a wrong password and a disabled account", async () => {
    const active = await user("EDITOR");
    const disabled = await user("EDITOR", { disabled: true });
    const answers = await Promise.all([
      checkPassword(`nobody-${randomUUID()}@example.test`, PASSWORD, context()),
      checkPassword(active.email, "wrong password here", context()),
      checkPassword(disabled.email, PASSWORD, context()),
    ]);
    expect(answers).toEqual([{ status: "invalid" }, { status: "invalid" }, { status: "invalid" }]);
    const failures = await auditRows("auth.sign_in_failed", active.id);
    expect(failures.map((row) => row.details)).toEqual([{ reason: "wrong-password" }]);
    expect(JSON.stringify(failures.map((row) => row.details))).not.toContain("wrong password here");
  });

  it("signs in an account without two-step verification from the password alone", async () => {
    const editor = await user("EDITOR");
    const check = await checkPassword(editor.email.toUpperCase(), PASSWORD, context());
    expect(check).toMatchObject({ status: "ok", userId: editor.id, needsCode: false });
    const signedIn = await completeSignIn(
      createChallenge(editor.id, editor.sessionVersion),
      "",
      context(),
    );
    expect(signedIn).toMatchObject({ id: editor.id, sessionId: expect.any(String) });
    expect(await auditRows("auth.sign_in", editor.id)).toHaveLength(1);
    // The sign-in opened a server-side session, confirmed at sign-in.
    const session = await prisma.staffSession.findUniqueOrThrow({
      where: { id: signedIn!.sessionId },
    });
    expect(session).toMatchObject({ userId: editor.id, revokedAt: null });
    const row = await prisma.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row.lastSignInAt).not.toBeNull();
  });

  it("needs the authenticator code when the account has one; a recovery code works once", async () => {
    const secret = newTotpSecret();
    const admin = await user("ADMIN", { totpSecret: secret, recoveryCodes: ["abcde-fghjk"] });
    const check = await checkPassword(admin.email, PASSWORD, context());
    expect(check).toMatchObject({ status: "ok", needsCode: true });
    const challenge = createChallenge(admin.id, admin.sessionVersion);

    expect(await completeSignIn(challenge, "", context())).toBeNull();
    expect(await completeSignIn(challenge, "000000", context())).toBeNull();
    expect(
      await completeSignIn(challenge, await currentTotpCode(secret), context()),
    ).not.toBeNull();
    expect(await completeSignIn(challenge, "ABCDE FGHJK", context())).not.toBeNull();
    expect(await completeSignIn(challenge, "abcde-fghjk", context())).toBeNull();
  });

  it("accepts an authenticator code once: a replayed code is refused, also in a race", async () => {
    const secret = newTotpSecret();
    const admin = await user("ADMIN", { totpSecret: secret });
    const challenge = createChallenge(admin.id, admin.sessionVersion);
    const code = await currentTotpCode(secret);

    const racing = await Promise.all([
      completeSignIn(challenge, code, context()),
      completeSignIn(challenge, code, context()),
    ]);
    expect(racing.filter((signedIn) => signedIn !== null)).toHaveLength(1);
    expect(await completeSignIn(challenge, code, context())).toBeNull();
    expect(await auditRows("auth.sign_in", admin.id)).toHaveLength(1);
  });

  it("refuses a challenge issued before the session version moved on", async () => {
    const editor = await user("EDITOR");
    const challenge = createChallenge(editor.id, editor.sessionVersion);
    await prisma.user.update({
      where: { id: editor.id },
      data: { sessionVersion: { increment: 1 } },
    });
    expect(await completeSignIn(challenge, "", context())).toBeNull();
  });

  it("limits attempts per account and address (more in auth-sign-in-throttle.test.ts)", async () => {
    const editor = await user("EDITOR");
    const from = context();
    for (let attempt = 0; attempt < 10; attempt++) {
      await checkPassword(editor.email, "wrong", from);
    }
    await expect(checkPassword(editor.email, PASSWORD, from)).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(await checkPassword(editor.email, PASSWORD, context())).toMatchObject({ status: "ok" });
  });
});

describe("invitations", () => {
  it("an administrator invites; the link creates the account once", async () => {
    const admin = await user("ADMIN");
    const email = `invitee-${randomUUID()}@example.test`;
    let link = "";
    await inviteStaffUser(
      admin,
      { email, role: "CONTRIBUTOR", locale: "en" },
      (token) => `https://vigil.test/en/invitation/${(link = token)}`,
      context(),
    );
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.kind).toBe("auth.invitation");
    expect(JSON.stringify(mail.payload)).toContain(link);
    expect(await lookUpInvitation(link)).toEqual({ status: "valid", email, role: "CONTRIBUTOR" });

    const [first, second] = await Promise.all([
      acceptInvitation({ token: link, name: "New Person", password: PASSWORD }, context()),
      acceptInvitation({ token: link, name: "Other Person", password: PASSWORD }, context()),
    ]);
    expect([first.status, second.status].sort()).toEqual(["accepted", "used"]);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    expect(await lookUpInvitation(link)).toEqual({ status: "used" });
    await expect(
      inviteStaffUser(admin, { email, role: "EDITOR", locale: "en" }, () => "", context()),
    ).rejects.toBeInstanceOf(AlreadyMemberError);
  });

  it("revoked and expired links are refused", async () => {
    const admin = await user("ADMIN");
    let token = "";
    const { invitationId } = await inviteStaffUser(
      admin,
      { email: `revoked-${randomUUID()}@example.test`, role: "EDITOR", locale: "ru" },
      (value) => `https://vigil.test/x/${(token = value)}`,
      context(),
    );
    await revokeInvitation(admin, invitationId, context());
    expect(await lookUpInvitation(token)).toEqual({ status: "revoked" });
    expect(
      (await acceptInvitation({ token, name: "X", password: PASSWORD }, context())).status,
    ).toBe("revoked");

    let expiredToken = "";
    const expired = await inviteStaffUser(
      admin,
      { email: `expired-${randomUUID()}@example.test`, role: "EDITOR", locale: "en" },
      (value) => `https://vigil.test/x/${(expiredToken = value)}`,
      context(),
    );
    await prisma.invitation.update({
      where: { id: expired.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await lookUpInvitation(expiredToken)).toEqual({ status: "expired" });
  });

  it("only administrators invite", async () => {
    const editor = await user("EDITOR");
    await expect(
      inviteStaffUser(
        editor,
        { email: "x@example.test", role: "ADMIN", locale: "en" },
        () => "",
        context(),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("user administration", () => {
  it("changing a role or disabling signs the user out (session version) and is audited", async () => {
    const admin = await user("ADMIN");
    const editor = await user("EDITOR");
    await changeStaffRole(admin, { userId: editor.id, role: "CONTRIBUTOR" }, context());
    let row = await prisma.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row).toMatchObject({ role: "CONTRIBUTOR", sessionVersion: editor.sessionVersion + 1 });

    await setStaffUserDisabled(admin, { userId: editor.id, disabled: true }, context());
    row = await prisma.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row.disabledAt).not.toBeNull();
    expect(row.sessionVersion).toBe(editor.sessionVersion + 2);

    const actions = (await prisma.auditLog.findMany({ where: { entityId: editor.id } })).map(
      (entry) => entry.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["user.role_change", "user.disable"]));
  });

  it("an administrator cannot demote or disable themselves, and others cannot at all", async () => {
    const admin = await user("ADMIN");
    const editor = await user("EDITOR");
    await expect(
      changeStaffRole(admin, { userId: admin.id, role: "EDITOR" }, context()),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      setStaffUserDisabled(admin, { userId: admin.id, disabled: true }, context()),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      setStaffUserDisabled(editor, { userId: admin.id, disabled: true }, context()),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("password reset", () => {
  it("sends a single-use link that changes the password and ends every session", async () => {
    const editor = await user("EDITOR");
    let token = "";
    await requestPasswordReset(
      { email: editor.email, locale: "en" },
      (value) => `https://vigil.test/x/${(token = value)}`,
      context(),
    );
    await settleWorkAfterAnswers(); // The link is made and e-mailed after the answer.
    expect(await lookUpResetToken(token)).toBe("valid");
    expect(await resetPassword({ token, password: "another long password" }, context())).toBe(
      "valid",
    );
    expect(await resetPassword({ token, password: "a third long password" }, context())).toBe(
      "used",
    );

    const row = await prisma.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row.sessionVersion).toBe(editor.sessionVersion + 1);
    expect((await checkPassword(editor.email, PASSWORD, context())).status).toBe("invalid");
    expect((await checkPassword(editor.email, "another long password", context())).status).toBe(
      "ok",
    );
    expect(await auditRows("auth.password_reset", editor.id)).toHaveLength(1);
  });

  it("sends nothing for an unknown address, and answers the same", async () => {
    const email = `unknown-${randomUUID()}@example.test`;
    let called = false;
    await requestPasswordReset({ email, locale: "en" }, () => ((called = true), ""), context());
    await settleWorkAfterAnswers();
    expect(called).toBe(false);
    expect(await prisma.outboxMessage.count({ where: { to: email } })).toBe(0);
  });

  it("refuses an expired link", async () => {
    const editor = await user("EDITOR");
    let token = "";
    await requestPasswordReset(
      { email: editor.email, locale: "en" },
      (value) => `https://vigil.test/x/${(token = value)}`,
      context(),
    );
    await settleWorkAfterAnswers(); // The link is made and e-mailed after the answer.
    await prisma.passwordResetToken.updateMany({
      where: { userId: editor.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await lookUpResetToken(token)).toBe("expired");
    expect(await resetPassword({ token, password: "another long password" }, context())).toBe(
      "expired",
    );
  });
});
