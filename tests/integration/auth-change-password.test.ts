import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { initialFormState, type FormState } from "@/lib/actions/staff-action";
import { changePasswordAction } from "@/lib/actions/auth/change-password";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { renderMail } from "@/lib/mail/render-mail";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { formOf, redirectOrState } from "../fixtures/server-actions";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock("next-intl/server", async () => ({
  ...(await import("../fixtures/auth-request")).nextIntlServerModule,
  getLocale: async () => "en",
}));
// The only thing not taken from a real request: the origin of the link in the e-mail.
vi.mock("@/lib/auth/link-origin", () => ({ staffLinkOrigin: async () => "https://vigil.test" }));

const CURRENT = "the current long password";
const NEW = "a brand new long password";

async function staffWithPassword(locale: string | null = null) {
  return prisma.user.create({
    data: {
      email: `change-password-${randomUUID()}@example.test`,
      name: "Nina Editor",
      role: "EDITOR",
      locale,
      passwordHash: await hashPassword(CURRENT),
    },
    select: { id: true, email: true, sessionVersion: true, passwordHash: true },
  });
}

type PasswordFields = { currentPassword?: string; password?: string; passwordConfirm?: string };

/** The action redirects on success (Next.js's redirect throws): the target, or the form state. */
async function submit(
  fields: PasswordFields,
): Promise<{ redirectedTo: string } | { state: FormState<never> }> {
  return redirectOrState(() => changePasswordAction(initialFormState, formOf(fields)));
}

async function stateOf(fields: PasswordFields): Promise<FormState<never>> {
  const outcome = await submit(fields);
  if (!("state" in outcome)) throw new Error(`redirected to ${outcome.redirectedTo}`);
  return outcome.state;
}

async function unchanged(user: Awaited<ReturnType<typeof staffWithPassword>>) {
  const row = await prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    // The hash is omitted from every query that does not ask for it (lib/postgres/client.ts).
    omit: { passwordHash: false },
  });
  expect(row.passwordHash).toBe(user.passwordHash);
  expect(row.sessionVersion).toBe(user.sessionVersion);
  expect(await prisma.outboxMessage.count({ where: { to: user.email } })).toBe(0);
}

afterEach(() => signOutRequest());

describe("changing one's own password", () => {
  it("refuses a wrong current password on that field and changes nothing", async () => {
    const user = await staffWithPassword();
    await signInRequestAs(user);

    const state = await stateOf({
      currentPassword: "not the password at all",
      password: NEW,
      passwordConfirm: NEW,
    });

    expect(state.status).toBe("invalid");
    expect(state.status === "invalid" && state.fieldErrors).toEqual({
      currentPassword: "This is not your current password.",
    });
    expect(state.values).toEqual({});
    await unchanged(user);
    const failures = await prisma.auditLog.findMany({
      where: { action: "auth.password_change_failed", entityId: user.id },
    });
    expect(failures).toHaveLength(1);
  });

  it("stops accepting attempts after five in a quarter of an hour, even the right password", async () => {
    const user = await staffWithPassword();
    await signInRequestAs(user);
    for (let attempt = 0; attempt < 5; attempt++) {
      const state = await stateOf({
        currentPassword: `wrong guess ${attempt}`,
        password: NEW,
        passwordConfirm: NEW,
      });
      expect(state.status).toBe("invalid");
    }

    const state = await stateOf({ currentPassword: CURRENT, password: NEW, passwordConfirm: NEW });

    expect(state).toMatchObject({ status: "error", code: "rate-limited" });
    await unchanged(user);
  });

  it("stores the new password, ends every session, audits and mails the owner in their language", async () => {
    const user = await staffWithPassword("ru");
    await signInRequestAs(user);

    const outcome = await submit({ currentPassword: CURRENT, password: NEW, passwordConfirm: NEW });

    expect(outcome).toEqual({ redirectedTo: "/en/sign-in?passwordChanged=1" });
    const row = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      // The hash is omitted from every query that does not ask for it (lib/postgres/client.ts).
      omit: { passwordHash: false },
    });
    expect(await verifyPassword(row.passwordHash!, NEW)).toBe(true);
    expect(await verifyPassword(row.passwordHash!, CURRENT)).toBe(false);
    expect(row.sessionVersion).toBe(user.sessionVersion + 1);

    const audit = await prisma.auditLog.findMany({
      where: { action: "auth.password_changed", entityId: user.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, ip: "203.0.113.10" });
    // Nothing about the passwords themselves, not even "details".
    expect(audit[0]!.details).toBeNull();

    const mails = await prisma.outboxMessage.findMany({ where: { to: user.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "auth.password_changed", locale: "ru" });
    expect(mails[0]!.payload).toMatchObject({
      email: user.email,
      ip: "203.0.113.10",
      resetUrl: "https://vigil.test/ru/password-reset",
    });
    expect(JSON.stringify(mails[0]!.payload)).not.toContain(NEW);

    // The session that made the change is over too: the cookie still says the old version.
    const again = await stateOf({
      currentPassword: NEW,
      password: CURRENT,
      passwordConfirm: CURRENT,
    });
    expect(again).toMatchObject({ status: "error", code: "signed-out" });
  });

  it("writes the e-mail in the language of the page when the user has chosen none", async () => {
    const user = await staffWithPassword(null);
    await signInRequestAs(user);

    await submit({ currentPassword: CURRENT, password: NEW, passwordConfirm: NEW });

    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(mail.locale).toBe("en");
  });

  it("refuses a request without a session", async () => {
    const user = await staffWithPassword();

    const state = await stateOf({ currentPassword: CURRENT, password: NEW, passwordConfirm: NEW });

    expect(state).toMatchObject({ status: "error", code: "signed-out" });
    expect(state.values).toEqual({});
    await unchanged(user);
  });

  it.each([
    [
      "a repeat that does not match",
      { password: NEW, passwordConfirm: `${NEW}!` },
      { passwordConfirm: "The two passwords are not the same." },
    ],
    [
      "a new password that is too short",
      { password: "short one", passwordConfirm: "short one" },
      { password: "Choose a password of at least 12 characters." },
    ],
    [
      "a new password that is too long",
      { password: "x".repeat(257), passwordConfirm: "x".repeat(257) },
      { password: "Choose a password of at most 256 characters." },
    ],
    [
      "a new password equal to the current one",
      { password: CURRENT, passwordConfirm: CURRENT },
      { password: "The new password is the same as the current one. Choose a different one." },
    ],
    [
      "an empty current password",
      { currentPassword: "", password: NEW, passwordConfirm: NEW },
      { currentPassword: "Enter your current password." },
    ],
  ])("reports %s on its field, echoing no password", async (_name, fields, errors) => {
    const user = await staffWithPassword();
    await signInRequestAs(user);

    const state = await stateOf({ currentPassword: CURRENT, ...fields });

    expect(state.status).toBe("invalid");
    expect(state.status === "invalid" && state.fieldErrors).toEqual(errors);
    expect(state.values).toEqual({});
    await unchanged(user);
  });
});

describe("the password-changed e-mail", () => {
  const payload = {
    name: "Nina",
    email: "nina@example.org",
    changedAt: "2026-11-27T10:20:00.000Z",
    ip: "203.0.113.10",
    resetUrl: "https://vigil.test/en/password-reset",
  };

  it("says when, from where and what to do, in English (text and HTML)", async () => {
    const mail = await renderMail({ kind: "auth.password_changed", locale: "en", payload });

    expect(mail.subject).toBe("Your Vigil password was changed");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("nina@example.org");
      expect(part).toContain("November 27, 2026 at 10:20 UTC");
      expect(part).toContain("203.0.113.10");
      expect(part).toContain("tell an administrator");
      expect(part).toContain("https://vigil.test/en/password-reset");
    }
    expect(mail.html).toContain('href="https://vigil.test/en/password-reset"');
    expect(mail.html).toContain('<html lang="en"');
  });

  it("is written in Russian for a Russian-speaking user, and says so when the address is unknown", async () => {
    const mail = await renderMail({
      kind: "auth.password_changed",
      locale: "ru",
      payload: { ...payload, ip: null, resetUrl: "https://vigil.test/ru/password-reset" },
    });

    expect(mail.subject).toBe("Ваш пароль Vigil изменён");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("27 ноября 2026");
      expect(part).toContain("IP-адрес, с которого сделано изменение, неизвестен.");
      expect(part).toContain("сообщите об этом администратору");
      expect(part).toContain("https://vigil.test/ru/password-reset");
    }
    expect(mail.html).toContain('<html lang="ru"');
  });
});
