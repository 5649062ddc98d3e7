"use server";

import { getLocale } from "next-intl/server";
import { InvalidFieldsError, staffRedirectAction } from "@/lib/actions/staff-action";
import { changeOwnPassword } from "@/lib/auth/change-password";
import { staffLinkOrigin } from "@/lib/auth/link-origin";
import { knownLocaleOr } from "@/lib/i18n/routing";
import { authRoutes, localized, withQuery } from "@/lib/routes";
import { changePasswordSchema } from "@/lib/validation/auth";

/**
 * Account page: change the password. The change ends every session, this one included (the
 * session cookie holds the old session version, and re-issuing it from a server action would not
 * reach the page rendered in the same response), so success goes to sign-in with a notice.
 * Passwords are never echoed back into the form (staffAction's default).
 */
export const changePasswordAction = staffRedirectAction(
  {
    permission: { action: "manage", type: "account" },
    schema: changePasswordSchema,
    messages: "Auth.errors",
  },
  async ({ actor, input, context }) => {
    const locale = knownLocaleOr(await getLocale());
    const outcome = await changeOwnPassword(
      actor,
      input,
      { requestLocale: locale, linkOrigin: await staffLinkOrigin() },
      context,
    );
    if (outcome === "wrong-current-password") {
      throw new InvalidFieldsError({ currentPassword: "currentPasswordWrong" });
    }
    return localized(locale, withQuery(authRoutes.signIn(), { passwordChanged: 1 }));
  },
);
