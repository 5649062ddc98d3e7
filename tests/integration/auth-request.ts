import { createTranslator } from "next-intl";
import { encode } from "next-auth/jwt";
import { createStaffUser as createSharedStaffUser, type StaffUser } from "../fixtures/staff-users";
import {
  SESSION_COOKIE_NAMES,
  SESSION_MAX_AGE_SECONDS,
  sessionSecret,
} from "@/lib/auth/session-token";
import { prisma } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";

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

let requestHeaders = new Headers({
  [CLIENT_ADDRESS_HEADER]: "203.0.113.10",
  "user-agent": "vitest",
});

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

export type { StaffUser };

/**
 * The shared factory (tests/fixtures/staff-users.ts), offered where the auth tests import it. A
 * function, not a re-export: the tests' vi.mock factories import this module while it is still
 * loading (next/headers), and a hoisted function is there from the start.
 */
export function createStaffUser(...args: Parameters<typeof createSharedStaffUser>) {
  return createSharedStaffUser(...args);
}

/**
 * A server-side session (StaffSession row) for this user, as signing in opens one, at the
 * session version given (an old version gives a session that has already ended).
 */
export async function openSessionFor(
  user: Pick<StaffUser, "id" | "sessionVersion">,
): Promise<string> {
  const now = new Date();
  const session = await prisma.staffSession.create({
    data: {
      userId: user.id,
      userSessionVersion: user.sessionVersion,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      ip: requestHeaders.get(CLIENT_ADDRESS_HEADER),
      userAgent: requestHeaders.get("user-agent"),
    },
    select: { id: true },
  });
  return session.id;
}

/** The Auth.js session cookie of an existing session. */
export async function sessionCookieForSession(userId: string, sessionId: string) {
  const name = SESSION_COOKIE_NAMES[1]!;
  const value = await encode({
    token: { uid: userId, sid: sessionId, sub: userId },
    secret: sessionSecret(),
    salt: name,
  });
  return `${name}=${value}`;
}

/** The Auth.js session cookie that signing in as this user would set (with a new session row). */
export async function sessionCookieFor(user: Pick<StaffUser, "id" | "sessionVersion">) {
  return sessionCookieForSession(user.id, await openSessionFor(user));
}

/** Later calls act in a new session of this user; returns its id (StaffSession.id). */
export async function signInRequestAs(
  user: Pick<StaffUser, "id" | "sessionVersion">,
): Promise<string> {
  const sessionId = await openSessionFor(user);
  requestHeaders = new Headers(requestHeaders);
  requestHeaders.set("cookie", await sessionCookieForSession(user.id, sessionId));
  return sessionId;
}

/** Later calls come from this client address. */
export function requestFromAddress(ip: string) {
  requestHeaders = new Headers(requestHeaders);
  requestHeaders.set(CLIENT_ADDRESS_HEADER, ip);
}

/** Later calls carry exactly this Cookie header (e.g. one copied before signing out). */
export function presentCookie(cookie: string) {
  requestHeaders = new Headers(requestHeaders);
  requestHeaders.set("cookie", cookie);
}

/** The Cookie header later calls carry. */
export function currentCookieHeader(): string | null {
  return requestHeaders.get("cookie");
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
