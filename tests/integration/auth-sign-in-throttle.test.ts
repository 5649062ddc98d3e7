import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { accountSubject, checkPassword } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { initialSignInState } from "@/lib/auth/sign-in-state";
import { prisma } from "@/lib/db";
import { renderMail } from "@/lib/mail/render-mail";
import type { MailContent } from "@/lib/mail/mail-kinds";
import { RateLimitedError, resetRateLimit } from "@/lib/rate-limit";
import { requestFromAddress, signOutRequest } from "../fixtures/auth-request";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);
// The only thing not taken from a real request: the origin of the links in the e-mail.
vi.mock("@/lib/auth/link-origin", () => ({ staffLinkOrigin: async () => "https://vigil.test" }));

const PASSWORD = "the holder's long password";

/** A fresh address per call, so that the per-address limit across accounts never interferes. */
function address(): string {
  return `10.77.${randomBytes(2).join(".")}`;
}

function from(ip: string) {
  return { ip, userAgent: "vitest" };
}

async function holder(locale: string | null = null) {
  return prisma.user.create({
    data: {
      email: `throttle-${randomUUID()}@example.test`,
      name: "Vera Holder",
      role: "EDITOR",
      locale,
      passwordHash: await hashPassword(PASSWORD),
    },
    select: { id: true, email: true },
  });
}

function signInForm(email: string, password: string): FormData {
  const data = new FormData();
  data.set("locale", "en");
  data.set("step", "password");
  data.set("email", email);
  data.set("password", password);
  return data;
}

function times<T>(count: number, make: () => T): T[] {
  return Array.from({ length: count }, make);
}

function burstMails(email: string) {
  return prisma.outboxMessage.findMany({ where: { kind: "auth.sign_in_burst", to: email } });
}

afterEach(() => signOutRequest());

describe("sign-in throttling per account and address", () => {
  it("ten wrong passwords from one address do not stop the right password from another", async () => {
    const vera = await holder();
    const attacker = address();
    const answers = await Promise.all(
      times(10, () => checkPassword(vera.email, "guess", from(attacker))),
    );
    expect(answers).toEqual(times(10, () => ({ status: "invalid" })));
    expect(await checkPassword(vera.email, PASSWORD, from(address()))).toMatchObject({
      status: "ok",
      userId: vera.id,
    });
  });

  it("refuses the attacking address for a while, even with the right password", async () => {
    const vera = await holder();
    const attacker = address();
    requestFromAddress(attacker);
    const states = await Promise.all(
      times(10, () => signInAction(initialSignInState, signInForm(vera.email, "guess"))),
    );
    expect(states.map((state) => state.status)).toEqual(times(10, () => "failed"));
    const refused = await signInAction(initialSignInState, signInForm(vera.email, PASSWORD));
    expect(refused).toMatchObject({ status: "rate-limited", retryAfterMinutes: 15 });
    await expect(checkPassword(vera.email, PASSWORD, from(attacker))).rejects.toBeInstanceOf(
      RateLimitedError,
    );
  });

  it("answers an unknown address exactly like a known one, limit included", async () => {
    const vera = await holder();
    const nobody = `nobody-${randomUUID()}@example.test`;
    const [knownIp, unknownIp] = [address(), address()];
    const [known, unknown] = await Promise.all([
      Promise.all(times(10, () => checkPassword(vera.email, "guess", from(knownIp)))),
      Promise.all(times(10, () => checkPassword(nobody, "guess", from(unknownIp)))),
    ]);
    expect(unknown).toEqual(known);
    await expect(checkPassword(vera.email, "guess", from(knownIp))).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    await expect(checkPassword(nobody, "guess", from(unknownIp))).rejects.toBeInstanceOf(
      RateLimitedError,
    );
  });

  it("forgets the holder's own typos once they sign in from that address", async () => {
    const vera = await holder();
    const home = address();
    await Promise.all(times(9, () => checkPassword(vera.email, "typo", from(home))));
    expect(await checkPassword(vera.email, PASSWORD, from(home))).toMatchObject({ status: "ok" });
    // The 11th attempt from this address: refused unless the sign-in cleared the count.
    expect(await checkPassword(vera.email, PASSWORD, from(home))).toMatchObject({ status: "ok" });
  });
});

describe("a burst of failed sign-ins on one account", () => {
  it("e-mails the holder once, in their language, with how many attempts from how many addresses, and audits it", async () => {
    const vera = await holder("ru");
    const addresses = [address(), address(), address(), address()];
    // Twelve failures from four addresses, all at once: exactly one attempt sees the 10th.
    await Promise.all(
      Array.from({ length: 12 }, (_unused, attempt) =>
        checkPassword(vera.email, `guess ${attempt}`, from(addresses[attempt % 4]!)),
      ),
    );

    const mails = await burstMails(vera.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ locale: "ru" });
    expect(mails[0]!.payload).toMatchObject({
      email: vera.email,
      addresses: 4,
      accountUrl: "https://vigil.test/ru/dashboard/account",
      resetUrl: "https://vigil.test/ru/password-reset",
    });
    expect((mails[0]!.payload as { failures: number }).failures).toBeGreaterThanOrEqual(10);
    const rendered = await renderMail({
      kind: "auth.sign_in_burst",
      locale: "ru",
      payload: mails[0]!.payload,
    } as MailContent);
    expect(rendered.subject).toContain("Неудачные попытки входа");
    expect(rendered.text).toContain("4 разных IP-адресов");
    expect(rendered.text).not.toContain("guess");

    const audits = await prisma.auditLog.findMany({
      where: { action: "auth.sign_in_burst", entityId: vera.id },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ addresses: 4, mailed: true });
  });

  it("sends at most one e-mail an hour, while every burst is still audited", async () => {
    const vera = await holder();
    for (let round = 0; round < 2; round++) {
      await Promise.all(times(10, () => checkPassword(vera.email, "guess", from(address()))));
      // Starts the next 15-minute window now instead of waiting for it.
      await resetRateLimit("sign-in-account-failures", accountSubject(vera.email));
    }
    expect(await burstMails(vera.email)).toHaveLength(1);
    const audits = await prisma.auditLog.findMany({
      where: { action: "auth.sign_in_burst", entityId: vera.id },
      orderBy: { at: "asc" },
    });
    expect(audits.map((row) => (row.details as { mailed: boolean }).mailed)).toEqual([true, false]);
  });

  it("sends nothing for fewer failures, for an unknown address, or for a disabled account", async () => {
    const vera = await holder();
    const disabled = await holder();
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const nobody = `nobody-${randomUUID()}@example.test`;
    await Promise.all([
      ...times(9, () => checkPassword(vera.email, "guess", from(address()))),
      ...times(10, () => checkPassword(nobody, "guess", from(address()))),
      ...times(10, () => checkPassword(disabled.email, "guess", from(address()))),
    ]);
    expect(await burstMails(vera.email)).toHaveLength(0);
    expect(await burstMails(disabled.email)).toHaveLength(0);
    expect(await prisma.outboxMessage.count({ where: { to: nobody } })).toBe(0);
  });
});
