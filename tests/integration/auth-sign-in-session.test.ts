import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { hashPassword } from "@/lib/auth/password";
import { getActor } from "@/lib/auth/session";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-token";
import { initialSignInState } from "@/lib/auth/sign-in-state";
import { prisma } from "@/lib/db";
import { presentCookie, requestFromAddress, signOutRequest } from "../fixtures/auth-request";
import { redirectTarget } from "../fixtures/server-actions";

/**
 * The whole way through Auth.js: the sign-in form's action, Auth.js's credentials provider and
 * its JWT callback, the cookie it writes, reading that cookie back, and signing out. The cookies
 * Auth.js sets are kept in a jar, as a browser would, and sent with the next "request".
 */
const jar = new Map<string, string>();

vi.mock("next/headers", async () => {
  const shared = (await import("../fixtures/auth-request")).nextHeadersModule;
  return {
    headers: shared.headers,
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      set: (name: string, value: string) => {
        if (value) jar.set(name, value);
        else jar.delete(name);
      },
      delete: (name: string) => jar.delete(name),
    }),
  };
});
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

const PASSWORD = "a long enough password";

afterEach(() => {
  jar.clear();
  signOutRequest();
});

describe("signing in and out through Auth.js", () => {
  it("opens a server-side session named by the cookie, and signing out ends it for every copy", async () => {
    const user = await prisma.user.create({
      data: {
        email: `sign-in-session-${randomUUID()}@example.test`,
        name: "Lev Editor",
        role: "EDITOR",
        passwordHash: await hashPassword(PASSWORD),
      },
      select: { id: true, email: true },
    });
    const ip = `10.88.${randomBytes(2).join(".")}`;
    requestFromAddress(ip);

    const form = new FormData();
    form.set("locale", "en");
    form.set("step", "password");
    form.set("email", user.email);
    form.set("password", PASSWORD);
    expect(await redirectTarget(() => signInAction(initialSignInState, form))).toMatch(
      /\/en\/dashboard$/,
    );

    // Auth.js picks the name (the __Secure- one when it takes the site for https).
    const name = SESSION_COOKIE_NAMES.find((candidate) => jar.has(candidate))!;
    expect(name).toBeDefined();
    const cookie = `${name}=${jar.get(name)}`;
    presentCookie(cookie);
    const actor = await getActor();
    expect(actor).toMatchObject({ id: user.id, sessionId: expect.any(String) });
    expect(
      await prisma.staffSession.findUniqueOrThrow({ where: { id: actor!.sessionId } }),
    ).toMatchObject({ userId: user.id, ip, userAgent: "vitest", revokedAt: null });

    const signOut = new FormData();
    signOut.set("locale", "en");
    await redirectTarget(() => signOutAction(signOut));
    // Auth.js deleted the cookie in this browser; a copy taken before is refused on the server.
    expect(jar.has(name)).toBe(false);
    presentCookie(cookie);
    expect(await getActor()).toBeNull();
  });
});
