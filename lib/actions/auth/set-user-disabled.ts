"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import { setStaffUserDisabled } from "@/lib/data/users";
import { userIdSchema } from "@/lib/validation/auth";

const schema = userIdSchema.extend({ disabled: z.enum(["true", "false"]) });

/**
 * Users page: disable an account (signed out at once, cannot sign in) or enable it again. One
 * action for both, so that the row's form stays in place (and its result in view) when the
 * button changes from "Disable" to "Enable".
 */
export const setUserDisabledAction = staffAction(
  { permission: { action: "manage", type: "user" }, schema },
  async ({ actor, input, context }): Promise<{ disabled: boolean }> => {
    const disabled = input.disabled === "true";
    await setStaffUserDisabled(actor, { userId: input.userId, disabled }, context);
    revalidatePath("/[locale]/dashboard/users", "page");
    return { disabled };
  },
);
