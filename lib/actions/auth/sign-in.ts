"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { signIn } from "@/lib/auth/auth";
import { authFieldErrors } from "@/lib/auth/auth-form-errors";
import {
  CHALLENGE_COOKIE,
  CHALLENGE_TTL_SECONDS,
  createChallenge,
  readChallenge,
} from "@/lib/auth/challenge";
import { checkPassword } from "@/lib/auth/credentials";
import { safeCallbackPath } from "@/lib/auth/paths";
import type { SignInState } from "@/lib/auth/sign-in-state";
import { knownLocaleOr } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";
import { consumeRateLimit, RateLimitedError } from "@/lib/rate-limit";
import { requestProtocol } from "@/lib/security/client-address";
import { getRequestContext } from "@/lib/security/request-context";
import { signInCodeSchema, signInSchema } from "@/lib/validation/auth";
import { formText } from "@/lib/validation/form-text";

/** The protocol Vigil's web server decided (lib/security/client-address.ts), never a client's. */
async function isHttps(): Promise<boolean> {
  return requestProtocol(await headers()) === "https";
}

function rateLimited(state: Omit<SignInState, "status" | "fieldErrors">, error: RateLimitedError) {
  return {
    ...state,
    status: "rate-limited" as const,
    fieldErrors: {},
    retryAfterMinutes: Math.ceil(error.retryAfterSeconds / 60),
  };
}

/**
 * Starts the Auth.js session: its credentials provider checks the challenge (and the code) again,
 * so nothing here can be skipped by posting to it directly. Redirects on success (signIn throws
 * Next.js's redirect); answers false when the provider refuses.
 */
async function startSession(challenge: string, code: string, redirectTo: string): Promise<boolean> {
  try {
    await signIn("credentials", { challenge, code, redirectTo });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}

/**
 * The sign-in form's action, both steps (the hidden field "step" says which):
 *
 *   password: checks e-mail and password. Without two-step verification, signs in. With it,
 *             keeps a short-lived challenge in an HttpOnly cookie and asks for the code.
 *   code:     the challenge from the cookie plus the code (or a recovery code) → signs in.
 *
 * A wrong password and an unknown address get the same answer. Works without JavaScript.
 */
export async function signInAction(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const locale = knownLocaleOr(formText(formData, "locale"));
  const redirectTo =
    safeCallbackPath(formText(formData, "callbackUrl")) ??
    localized(locale, dashboardRoutes.home());
  const email = formText(formData, "email").trim();
  const context = await getRequestContext();
  const cookieJar = await cookies();

  if (formText(formData, "step") === "code") {
    const base = { step: "code" as const, email };
    const challengeToken = cookieJar.get(CHALLENGE_COOKIE)?.value;
    const challenge = readChallenge(challengeToken);
    if (!challengeToken || !challenge) {
      return { step: "password", email, status: "expired", fieldErrors: {} };
    }
    const parsed = signInCodeSchema.safeParse({ code: formText(formData, "code") });
    if (!parsed.success) {
      return {
        ...base,
        status: "invalid",
        fieldErrors: authFieldErrors(parsed.error.issues, ["code"]),
      };
    }
    try {
      await consumeRateLimit("sign-in-code", challenge.userId);
    } catch (error) {
      if (error instanceof RateLimitedError) return rateLimited(base, error);
      throw error;
    }
    cookieJar.delete(CHALLENGE_COOKIE);
    if (await startSession(challengeToken, parsed.data.code, redirectTo))
      return { ...base, status: "idle", fieldErrors: {} };
    // Wrong code: the challenge stays valid for another try until it expires.
    cookieJar.set(CHALLENGE_COOKIE, challengeToken, {
      httpOnly: true,
      sameSite: "lax",
      secure: await isHttps(),
      path: "/",
      maxAge: Math.max(1, Math.floor((challenge.expiresAt - Date.now()) / 1000)),
    });
    return { ...base, status: "failed", fieldErrors: {} };
  }

  const base = { step: "password" as const, email };
  const parsed = signInSchema.safeParse({ email, password: formText(formData, "password") });
  if (!parsed.success) {
    return {
      ...base,
      status: "invalid",
      fieldErrors: authFieldErrors(parsed.error.issues, ["email", "password"]),
    };
  }
  let check: Awaited<ReturnType<typeof checkPassword>>;
  try {
    check = await checkPassword(parsed.data.email, parsed.data.password, context);
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimited(base, error);
    throw error;
  }
  if (check.status === "invalid") return { ...base, status: "failed", fieldErrors: {} };

  const challengeToken = createChallenge(check.userId, check.sessionVersion);
  if (check.needsCode) {
    cookieJar.set(CHALLENGE_COOKIE, challengeToken, {
      httpOnly: true,
      sameSite: "lax",
      secure: await isHttps(),
      path: "/",
      maxAge: CHALLENGE_TTL_SECONDS,
    });
    return { step: "code", email, status: "idle", fieldErrors: {} };
  }
  await startSession(challengeToken, "", redirectTo);
  // Only reached if the account changed between the two checks (disabled a moment ago).
  return { ...base, status: "failed", fieldErrors: {} };
}
