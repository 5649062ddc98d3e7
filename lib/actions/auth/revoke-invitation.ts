"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { revokeInvitation } from "@/lib/data/users";
import { invitationIdSchema } from "@/lib/validation/auth";

/** Users page: withdraw an open invitation, so its link stops working. */
export const revokeInvitationAction = staffAction(
  { permission: { action: "manage", type: "user" }, schema: invitationIdSchema },
  async ({ actor, input, context }) => {
    await revokeInvitation(actor, input.invitationId, context);
    revalidatePath("/[locale]/dashboard/users", "page");
  },
);
