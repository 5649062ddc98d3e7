"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { InvalidFieldsError, staffAction, staffRedirectAction } from "@/lib/actions/staff-action";
import { updateOwnName, signOutEverywhere } from "@/lib/auth/account";
import { signOutOwnSession } from "@/lib/auth/staff-sessions";
import { confirmTwoFactor, disableTwoFactor } from "@/lib/auth/two-factor";
import type { Locale } from "@/lib/i18n/routing";
import { authRoutes, localized, withQuery } from "@/lib/routes";
import { accountNameSchema, totpConfirmSchema, totpDisableSchema } from "@/lib/validation/auth";
import { z } from "zod";

/** Account page: the user's own name. */
export const updateAccountNameAction = staffAction(
  {
    permission: { action: "manage", type: "account" },
    schema: accountNameSchema,
    messages: "Auth.errors",
  },
  async ({ actor, input, context }) => {
    await updateOwnName(actor, input.name, context);
    revalidatePath("/[locale]/dashboard", "layout");
  },
);

/**
 * Two-step enrolment: the code from the app confirms the pending secret; the result carries the
 * recovery codes, shown once. Allowed for an administrator who has not enrolled yet (that is
 * what they are sent to do).
 */
export const confirmTwoFactorAction = staffAction(
  {
    permission: { action: "manage", type: "account" },
    schema: totpConfirmSchema,
    messages: "Auth.errors",
    allowPendingTwoFactor: true,
  },
  async ({ actor, input, context }): Promise<{ recoveryCodes: string[] }> => {
    const outcome = await confirmTwoFactor(actor, input.code, context);
    if (outcome.status === "wrong-code") throw new InvalidFieldsError({ code: "wrongCode" });
    // No revalidation: the page would re-render as "already on" and lose the codes on screen.
    return { recoveryCodes: outcome.status === "enabled" ? outcome.recoveryCodes : [] };
  },
);

/** Account page: turn two-step verification off (not for administrators). */
export const disableTwoFactorAction = staffAction(
  {
    permission: { action: "manage", type: "account" },
    schema: totpDisableSchema,
    messages: "Auth.errors",
  },
  async ({ actor, input, context }) => {
    const outcome = await disableTwoFactor(actor, input.code, context);
    if (outcome === "wrong-code") throw new InvalidFieldsError({ code: "wrongCode" });
    revalidatePath("/[locale]/dashboard/account", "page");
  },
);

/** Account page: end every session of this account, this one included. */
export const signOutEverywhereAction = staffRedirectAction(
  { permission: { action: "manage", type: "account" }, schema: z.object({}) },
  async ({ actor, context }) => {
    await signOutEverywhere(actor, context);
    return localized(
      (await getLocale()) as Locale,
      withQuery(authRoutes.signIn(), { signedOut: 1 }),
    );
  },
);

/**
 * Account page: end one other session of one's own ("sign out this session", e.g. a browser
 * left signed in elsewhere). Someone else's session id is "not found".
 */
export const signOutSessionAction = staffAction(
  {
    permission: { action: "manage", type: "account" },
    schema: z.object({ sessionId: z.string().min(1).max(64) }),
  },
  async ({ actor, input, context }) => {
    // No revalidation: the row stays until the next visit, with its "signed out" notice where
    // the button was (the focus has somewhere to go); without JavaScript the page is re-rendered.
    await signOutOwnSession(actor, input.sessionId, context);
  },
);
