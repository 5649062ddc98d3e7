import "server-only";
import { redirect } from "next/navigation";
import type { StaffActionArgs } from "@/lib/actions/staff-action";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import {
  CONTENT_SECTIONS,
  type SectionContentType,
} from "@/lib/actions/content-editor/content-sections";
import { createContent, type Tx } from "@/lib/content-store";

/**
 * Creates an item through the content store (revision 1 and an audit row in the same
 * transaction) and sends the user to its editor. `create` writes the row and throws
 * InvalidFieldsError for references the schema cannot check (a taken slug, an unknown country).
 */
export async function createItem(
  args: StaffActionArgs<unknown>,
  type: SectionContentType,
  create: (tx: Tx) => Promise<{ id: string }>,
): Promise<never> {
  const { id } = await createContent(args.actor, {
    type,
    create,
    summary: "created",
    context: args.context,
  });
  const locale = actionLocale(args.formData);
  redirect(`/${locale}/dashboard/${CONTENT_SECTIONS[type]}/${encodeURIComponent(id)}?created=1`);
}
