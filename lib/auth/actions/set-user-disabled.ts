"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { setStaffUserDisabled } from "@/lib/data/users";
import { userIdSchema } from "@/lib/validation/auth";

/** Users page: disable an account (signed out at once, cannot sign in) ... */
export const disableUserAction = staffAction(
  { schema: userIdSchema },
  async ({ actor, input, context }) => {
    await setStaffUserDisabled(actor, { userId: input.userId, disabled: true }, context);
    revalidatePath("/[locale]/dashboard/users", "page");
  },
);

/** ... or enable it again. */
export const enableUserAction = staffAction(
  { schema: userIdSchema },
  async ({ actor, input, context }) => {
    await setStaffUserDisabled(actor, { userId: input.userId, disabled: false }, context);
    revalidatePath("/[locale]/dashboard/users", "page");
  },
);
