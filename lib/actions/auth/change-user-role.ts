"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { changeStaffRole } from "@/lib/data/users";
import { changeRoleSchema } from "@/lib/validation/auth";

/** Users page: change someone's role; they are signed out on their next request. */
export const changeUserRoleAction = staffAction(
  {
    permission: { action: "manage", type: "user" },
    schema: changeRoleSchema,
    messages: "Auth.errors",
  },
  async ({ actor, input, context }) => {
    await changeStaffRole(actor, input, context);
    revalidatePath("/[locale]/dashboard/users", "page");
  },
);
