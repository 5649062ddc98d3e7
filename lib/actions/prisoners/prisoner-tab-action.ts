import "server-only";
import type { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import type { SessionActor } from "@/lib/auth/session";
import type { RequestContext } from "@/lib/security/request-context";
import { refreshEditor } from "@/lib/actions/content-editor/refresh-editor";

/**
 * The save action of one tab of the prisoner editor: the form is validated with `schema`, `save`
 * (one write of lib/data/prisoner-writes/) stores it inside one updateContent (permission,
 * version check, revision, audit, revalidation), and the editor is then drawn again from the
 * stored values.
 */
export function prisonerTabAction<
  Schema extends z.ZodType<{ id: string; expectedVersion: number }>,
>(
  schema: Schema,
  save: (
    actor: SessionActor,
    input: z.output<Schema>,
    context: RequestContext,
  ) => Promise<{ version: number }>,
) {
  return staffAction(
    { permission: { action: "update", type: "prisoner" }, schema, messages: "EditorForm.errors" },
    async ({ actor, input, context }) => {
      const result = await save(actor, input, context);
      refreshEditor();
      return result;
    },
  );
}
