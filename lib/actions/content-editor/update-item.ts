import "server-only";
import type { StaffActionArgs } from "@/lib/actions/staff-action";
import type { SectionContentType } from "@/lib/actions/content-editor/content-sections";
import { refreshEditor } from "@/lib/actions/content-editor/refresh-editor";
import { updateContent, type Snapshot, type Tx } from "@/lib/content-store";
import type { ItemVersion } from "@/lib/validation/reference-item";

/**
 * Saves an edit through the content store: refused with a ConflictError (what the other person
 * changed) when the item moved on since the form's version, written with a revision and an
 * audit row otherwise.
 */
export async function updateItem(
  args: StaffActionArgs<ItemVersion>,
  type: SectionContentType,
  apply: (tx: Tx, current: Snapshot) => Promise<unknown>,
): Promise<{ version: number }> {
  const { version } = await updateContent(args.actor, {
    type,
    id: args.input.id,
    expectedVersion: args.input.expectedVersion,
    apply: async (tx, current) => {
      await apply(tx, current);
    },
    context: args.context,
  });
  refreshEditor();
  return { version };
}
