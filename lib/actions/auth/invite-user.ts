"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { InvalidFieldsError, staffAction } from "@/lib/actions/staff-action";
import { staffLinkOrigin } from "@/lib/auth/link-origin";
import { AlreadyMemberError, inviteStaffUser } from "@/lib/data/users";
import { inviteUserSchema } from "@/lib/validation/auth";

/** Users page: invite someone by e-mail with a role (administrators; checked in lib/data). */
export const inviteUserAction = staffAction(
  {
    permission: { action: "manage", type: "user" },
    schema: inviteUserSchema,
    messages: "Auth.errors",
  },
  async ({ actor, input, context }) => {
    const locale = await getLocale();
    const origin = await staffLinkOrigin();
    try {
      await inviteStaffUser(
        actor,
        { email: input.email, role: input.role, locale },
        (token) => `${origin}/${locale}/invitation/${token}`,
        context,
      );
    } catch (error) {
      if (error instanceof AlreadyMemberError)
        throw new InvalidFieldsError({ email: "alreadyMember" });
      throw error;
    }
    revalidatePath("/[locale]/dashboard/users", "page");
  },
);
