import "server-only";
import type { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import type { SessionActor } from "@/lib/auth/session";
import { updateContent } from "@/lib/content-store";
import type { Snapshot, Tx } from "@/lib/content-store/types";
import { refreshPrisonerEditor } from "./refresh-editor";

export interface PrisonerTabWrite<Input> {
  tx: Tx;
  /** The profile as stored before this save. */
  current: Snapshot;
  actor: SessionActor;
  input: Input;
}

/**
 * The save action of one tab of the prisoner editor: the form is validated with `schema`, `write`
 * stores it inside one updateContent (permission, version check, revision, audit, revalidation),
 * and the editor is then drawn again from the stored values.
 */
export function prisonerTabAction<
  Schema extends z.ZodType<{ id: string; expectedVersion: number }>,
>(
  schema: Schema,
  write: (args: PrisonerTabWrite<z.output<Schema>>) => Promise<void>,
  options: { auditAction?: string } = {},
) {
  return staffAction(
    { permission: { action: "update", type: "prisoner" }, schema, messages: "EditorForm.errors" },
    async ({ actor, input, context }) => {
      const result = await updateContent(actor, {
        type: "prisoner",
        id: input.id,
        expectedVersion: input.expectedVersion,
        apply: (tx, current) => write({ tx, current, actor, input }),
        auditAction: options.auditAction,
        context,
      });
      refreshPrisonerEditor();
      return result;
    },
  );
}
