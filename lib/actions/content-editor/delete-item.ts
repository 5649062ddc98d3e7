import "server-only";
import { redirect } from "next/navigation";
import { InvalidFieldsError, type StaffActionArgs } from "@/lib/actions/staff-action";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import {
  CONTENT_SECTIONS,
  type SectionContentType,
} from "@/lib/actions/content-editor/content-sections";
import { authorize } from "@/lib/auth/session";
import { deleteContent } from "@/lib/content-store";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemVersion } from "@/lib/validation/reference-item";

/** PostgreSQL's foreign_key_violation: another row still refers to the one being deleted. */
function isReferencedError(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2003") return true;
  const meta = error.meta as { code?: string } | undefined;
  return error.code === "P2010" && meta?.code === "23503";
}

/**
 * Deletes an item (editors only; the policy is asked before anything is counted), unless other
 * content still refers to it: then the delete is refused with `inUseCode` on the confirmation
 * box, a message that says what refers to it and what to do. Join rows that would be deleted
 * with the item (a tag on profiles) count as references too: deleting the tag would silently
 * change published profiles.
 */
export async function deleteItem(
  args: StaffActionArgs<ItemVersion>,
  type: SectionContentType,
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
  redirect(`/${actionLocale(args.formData)}/dashboard/${CONTENT_SECTIONS[type]}?deleted=1`);
}
