import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/staff-action";
import { signOutEverywhereAction, signOutSessionAction } from "@/lib/actions/auth/account";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { createChallenge } from "@/lib/auth/challenge";
import { completeSignIn } from "@/lib/auth/credentials";
import { getActor } from "@/lib/auth/session";
import { SESSION_COOKIE_NAMES, sessionSecret } from "@/lib/auth/session-token";
import { listOpenStaffSessions } from "@/lib/auth/staff-sessions";
import { prisma } from "@/lib/db";
import { changeStaffRole, setStaffUserDisabled } from "@/lib/data/users";
import { createStaffUser } from "../fixtures/staff-users";
import {
  currentCookieHeader,
  sessionCookieForSession,
  signInRequestAs,
  signOutRequest,
  presentCookie,
} from "../fixtures/auth-request";
import { actionForm, redirectTarget } from "../fixtures/server-actions";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock("next-intl/server", async () => ({
  ...(await import("../fixtures/auth-request")).nextIntlServerModule,
  getLocale: async () => "en",
}));

const context = { ip: "198.51.100.20", userAgent: "vitest" };

afterEach(() => signOutRequest());

describe("server-side staff sessions", () => {
  it("a cookie copied before signing out is refused after it", async () => {
    const editor = await createStaffUser("EDITOR");
    const sessionId = await signInRequestAs(editor);
    const copied = currentCookieHeader()!;
    expect((await getActor())?.sessionId).toBe(sessionId);

    // Auth.js's own sign-out (deletes the cookie) answers with an absolute address.
    expect(await redirectTarget(() => signOutAction(actionForm()))).toMatch(
      /\/en\/sign-in\?signedOut=1$/,
    );

    presentCookie(copied);
    expect(await getActor()).toBeNull();
    const row = await prisma.staffSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.revokedAt).not.toBeNull();
    expect(
      await prisma.auditLog.count({ where: { action: "auth.sign_out", entityId: editor.id } }),
    ).toBe(1);
  });

  it("signing out ends only this session: the same person's other browser stays signed in", async () => {
    const editor = await createStaffUser("EDITOR");
    const other = await signInRequestAs(editor);
    const otherCookie = currentCookieHeader()!;
    await signInRequestAs(editor);
    await redirectTarget(() => signOutAction(actionForm()));

    presentCookie(otherCookie);
    expect((await getActor())?.sessionId).toBe(other);
  });

  it("sign out everywhere ends every session of the account, the others included", async () => {
    const editor = await createStaffUser("EDITOR");
    const colleague = await createStaffUser("EDITOR");
    await signInRequestAs(colleague);
    const colleagueCookie = currentCookieHeader()!;
    await signInRequestAs(editor);
    const laptop = currentCookieHeader()!;
    await signInRequestAs(editor);
    const phone = currentCookieHeader()!;

    expect(
      await redirectTarget(() => signOutEverywhereAction(initialFormState, new FormData())),
    ).toBe("/en/sign-in?signedOut=1");

    for (const cookie of [laptop, phone]) {
      presentCookie(cookie);
      expect(await getActor()).toBeNull();
    }
    expect(await prisma.staffSession.count({ where: { userId: editor.id, revokedAt: null } })).toBe(
      0,
    );
    // Someone else's session is untouched.
    presentCookie(colleagueCookie);
    expect((await getActor())?.id).toBe(colleague.id);
  });

  it("a disabled user's session is refused at once, and so is one whose role changed", async () => {
    const admin = await createStaffUser("ADMIN", { totpEnabledAt: new Date() });
    const adminActor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
    const disabled = await createStaffUser("EDITOR");
    const demoted = await createStaffUser("EDITOR");
    await signInRequestAs(disabled);
    const disabledCookie = currentCookieHeader()!;
    await signInRequestAs(demoted);
    const demotedCookie = currentCookieHeader()!;

    await setStaffUserDisabled(adminActor, { userId: disabled.id, disabled: true }, context);
    await changeStaffRole(adminActor, { userId: demoted.id, role: "CONTRIBUTOR" }, context);

    presentCookie(disabledCookie);
    expect(await getActor()).toBeNull();
    presentCookie(demotedCookie);
    expect(await getActor()).toBeNull();
  });

  it("refuses a cookie from before server-side sessions (no session id), and an expired session", async () => {
    const editor = await createStaffUser("EDITOR");
    const name = SESSION_COOKIE_NAMES[1]!;
    const legacy = await encode({
      token: { uid: editor.id, sv: editor.sessionVersion, sub: editor.id },
      secret: sessionSecret(),
      salt: name,
    });
    presentCookie(`${name}=${legacy}`);
    expect(await getActor()).toBeNull();

    const sessionId = await signInRequestAs(editor);
    await prisma.staffSession.update({
      where: { id: sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getActor()).toBeNull();
  });

  it("refuses a session id presented with another user's id", async () => {
    const editor = await createStaffUser("EDITOR");
    const intruder = await createStaffUser("CONTRIBUTOR");
    const sessionId = await signInRequestAs(intruder);
    presentCookie(await sessionCookieForSession(editor.id, sessionId));
    expect(await getActor()).toBeNull();
  });

  it("records when a session was last seen, at most once a minute", async () => {
    const editor = await createStaffUser("EDITOR");
    const sessionId = await signInRequestAs(editor);
    const longAgo = new Date(Date.now() - 10 * 60 * 1000);
    await prisma.staffSession.update({ where: { id: sessionId }, data: { lastSeenAt: longAgo } });

    await getActor();
    const seen = (await prisma.staffSession.findUniqueOrThrow({ where: { id: sessionId } }))
      .lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(longAgo.getTime() + 9 * 60 * 1000);

    await getActor();
    const again = (await prisma.staffSession.findUniqueOrThrow({ where: { id: sessionId } }))
      .lastSeenAt;
    expect(again.getTime()).toBe(seen.getTime());
  });

  it("signing in opens a session and deletes the account's ended ones", async () => {
    const editor = await createStaffUser("EDITOR");
    const ended = await signInRequestAs(editor);
    await prisma.staffSession.update({ where: { id: ended }, data: { revokedAt: new Date() } });
    const open = await signInRequestAs(editor);

    const signedIn = await completeSignIn(createChallenge(editor.id, editor.sessionVersion), "", {
      ip: "198.51.100.21",
      userAgent: "Firefox",
    });

    const rows = await prisma.staffSession.findMany({
      where: { userId: editor.id },
      select: { id: true, ip: true, userAgent: true },
    });
    expect(rows.map((row) => row.id).sort()).toEqual([open, signedIn!.sessionId].sort());
    expect(rows.find((row) => row.id === signedIn!.sessionId)).toMatchObject({
      ip: "198.51.100.21",
      userAgent: "Firefox",
    });
  });

  it("lists the account's open sessions and signs out another one from the account page", async () => {
    const editor = await createStaffUser("EDITOR");
    const stranger = await createStaffUser("EDITOR");
    const strangerSession = await signInRequestAs(stranger);
    const phone = await signInRequestAs(editor);
    const phoneCookie = currentCookieHeader()!;
    const laptop = await signInRequestAs(editor);

    const listed = await listOpenStaffSessions({ id: editor.id, sessionId: laptop });
    expect(listed.map((session) => [session.id, session.current]).sort()).toEqual(
      [
        [laptop, true],
        [phone, false],
      ].sort(),
    );

    // Another person's session id is not found (and not ended).
    const forged = new FormData();
    forged.set("sessionId", strangerSession);
    const refused = await signOutSessionAction(initialFormState, forged);
    expect(refused).toMatchObject({ status: "error", code: "not-found" });
    expect(
      (await prisma.staffSession.findUniqueOrThrow({ where: { id: strangerSession } })).revokedAt,
    ).toBeNull();

    const data = new FormData();
    data.set("sessionId", phone);
    expect(await signOutSessionAction(initialFormState, data)).toMatchObject({
      status: "success",
    });
    presentCookie(phoneCookie);
    expect(await getActor()).toBeNull();
    expect(
      await prisma.auditLog.count({
        where: { action: "auth.session_revoked", entityId: editor.id },
      }),
    ).toBe(1);
  });
});
