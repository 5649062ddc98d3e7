import "server-only";
import { redirect } from "next/navigation";
import { InvalidFieldsError, type StaffActionArgs } from "@/lib/actions/staff-action";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import type { ContentType } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { deleteContent } from "@/lib/content-store";
import { isReferencedError } from "@/lib/data/write-checks";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";
import type { ItemVersion } from "@/lib/validation/reference-item";

/**
 * Deletes an item (editors only; the policy is asked before anything is counted), unless other
 * content still refers to it: then the delete is refused with `inUseCode` on the confirmation
 * box, a message that says what refers to it and what to do. Join rows that would be deleted
 * with the item (a tag on profiles) count as references too: deleting the tag would silently
 * change published profiles.
 */
export async function deleteItem(
  args: StaffActionArgs<ItemVersion>,
  type: ContentType,
  options: { usage: (id: string) => Promise<number>; inUseCode: string },
): Promise<never> {
  const { actor, input } = args;
  authorize(actor, "delete", { type });
  if ((await options.usage(input.id)) > 0) {
    throw new InvalidFieldsError({ confirm: options.inUseCode });
  }
  try {
    await deleteContent(actor, {
      type,
      id: input.id,
      expectedVersion: input.expectedVersion,
      context: args.context,
    });
  } catch (error) {
    // Referenced between the count and the delete: the database refused it, nothing was written.
    if (isReferencedError(error)) throw new InvalidFieldsError({ confirm: options.inUseCode });
    throw error;
  }
  const list = withQuery(dashboardRoutes.list(type), { deleted: 1 });
  redirect(localized(actionLocale(args.formData), list));
}
