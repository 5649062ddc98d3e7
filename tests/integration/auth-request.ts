import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { encode } from "next-auth/jwt";
import type { Role } from "@/lib/auth/policy";
import { SESSION_COOKIE_NAMES, sessionSecret } from "@/lib/auth/session-token";
import { prisma } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * Calling dashboard server actions directly, as a forged request would: the request is the only
 * thing simulated (Next.js's request headers and next-intl's request locale), the session cookie
 * is a real Auth.js cookie and everything behind it (getActor, the database, the policy) is real.
 *
 *   vi.mock("next/headers", async () => (await import("./auth-request")).nextHeadersModule);
 *   vi.mock("next-intl/server", async () => (await import("./auth-request")).nextIntlServerModule);
 *
 *   const editor = await createStaffUser("EDITOR");
 *   await signInRequestAs(editor);   // later calls see this session
 *   signOutRequest();                // and now none
 */

let requestHeaders = new Headers({ "x-forwarded-for": "203.0.113.10", "user-agent": "vitest" });

export const nextHeadersModule = {
  headers: async () => requestHeaders,
  cookies: async () => ({
    get: (name: string) => {
      const match = (requestHeaders.get("cookie") ?? "")
        .split(/;\s*/)
        .map((pair) => pair.split("="))
        .find(([key]) => key === name);
      return match ? { name, value: match.slice(1).join("=") } : undefined;
    },
    set: () => undefined,
    delete: () => undefined,
  }),
};

export const nextIntlServerModule = {
  getTranslations: async (namespace?: string) =>
    createTranslator({
      locale: "en",
      messages: (await loadMessages("en")) as never,
      namespace: namespace as never,
    }),
};

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

/** A staff user straight in the database (no invitation), with a unique address. */
export async function createStaffUser(
  role: Role,
  data: { totpEnabledAt?: Date } = {},
): Promise<StaffUser> {
  const email = `auth-it-${role.toLowerCase()}-${randomUUID()}@example.test`;
  return prisma.user.create({
    data: { email, name: `Auth ${role.toLowerCase()}`, role, ...data },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}

/** The Auth.js session cookie that signing in as this user would set. */
export async function sessionCookieFor(user: Pick<StaffUser, "id" | "sessionVersion">) {
  const name = SESSION_COOKIE_NAMES[1]!;
  const value = await encode({
    token: { uid: user.id, sv: user.sessionVersion, sub: user.id },
    secret: sessionSecret(),
    salt: name,
  });
  return `${name}=${value}`;
}

export async function signInRequestAs(user: Pick<StaffUser, "id" | "sessionVersion">) {
  requestHeaders = new Headers(requestHeaders);
  requestHeaders.set("cookie", await sessionCookieFor(user));
}

export function signOutRequest() {
  requestHeaders = new Headers(requestHeaders);
  requestHeaders.delete("cookie");
}

/** A forged cookie: right name, garbage value. */
export function forgeSessionCookie(value: string) {
  requestHeaders = new Headers(requestHeaders);
  requestHeaders.set("cookie", `${SESSION_COOKIE_NAMES[1]}=${value}`);
}
