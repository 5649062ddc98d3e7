"use server";

import { getLocale } from "next-intl/server";
import { InvalidFieldsError, staffRedirectAction } from "@/lib/actions/staff-action";
import { confirmIdentity } from "@/lib/auth/confirm-identity";
import { safeCallbackPath, signInPath } from "@/lib/auth/paths";
import { knownLocaleOr } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";
import { confirmIdentitySchema } from "@/lib/validation/auth";

/**
 * The "confirm it is you" page's action: password (and code) again, then back to `next`, which
 * is followed only as a path on this site (anything else goes to the dashboard). Wrong answers
 * come back as field errors; too many attempts as "try again in N minutes" (staffAction).
 */
export const confirmIdentityAction = staffRedirectAction(
  {
    permission: { action: "manage", type: "account" },
    schema: confirmIdentitySchema,
    messages: "Auth.errors",
  },
  async ({ actor, input, context }) => {
    const locale = knownLocaleOr(await getLocale());
    const outcome = await confirmIdentity(actor, input, context);
    switch (outcome) {
      case "wrong-password":
        throw new InvalidFieldsError({ password: "currentPasswordWrong" });
      case "code-required":
        throw new InvalidFieldsError({ code: "codeRequired" });
      case "wrong-code":
        throw new InvalidFieldsError({ code: "wrongCode" });
      case "session-ended":
        return signInPath(locale, input.next);
      case "confirmed":
        return safeCallbackPath(input.next) ?? localized(locale, dashboardRoutes.home());
    }
  },
);
