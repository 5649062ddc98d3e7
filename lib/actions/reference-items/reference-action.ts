import "server-only";
import type { z } from "zod";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { CONTENT_ERRORS, keepCodeField } from "@/lib/actions/content-editor/content-errors";
import { refreshEditor } from "@/lib/actions/content-editor/refresh-editor";
import { staffAction, staffRedirectAction } from "@/lib/actions/staff-action";
import {
  createReferenceItem,
  deleteReferenceItem,
  updateReferenceItem,
} from "@/lib/data/reference-items/write-reference-item";
import { referenceType, type ReferenceTypeName } from "@/lib/reference-types";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";
import { deleteItemSchema, itemVersionSchema } from "@/lib/validation/reference-item";

/**
 * The three actions of every reference type, made from its descriptor: each validates with the
 * type's schema, is refused at once to a role that may never do it (staffAction's permission;
 * the write asks the policy again next to the data) and calls one write in
 * lib/data/reference-items. reference-actions.ts exports them by name.
 */

/** The fields a form may echo back: a form with a "code" field (an ISO code) echoes it. */
function echoed(schema: z.ZodObject) {
  return "code" in schema.shape ? keepCodeField : undefined;
}

/** Creates an item and opens its editor (`?created=1`). */
export function createReferenceAction(name: ReferenceTypeName) {
  const descriptor = referenceType(name);
  const schema = descriptor.createSchema ?? descriptor.schema;
  return staffRedirectAction(
    {
      permission: { action: "create", type: descriptor.type },
      schema,
      messages: CONTENT_ERRORS,
      omitFromValues: echoed(schema),
    },
    async ({ actor, input, context, formData }) => {
      const { id } = await createReferenceItem(actor, name, input, context);
      const editor = withQuery(dashboardRoutes.edit(descriptor.type, id), { created: 1 });
      return localized(actionLocale(formData), editor);
    },
  );
}

/** Saves an item edited on version `expectedVersion` (refused when someone saved since). */
export function updateReferenceAction(name: ReferenceTypeName) {
  const descriptor = referenceType(name);
  return staffAction(
    {
      permission: { action: "update", type: descriptor.type },
      schema: descriptor.schema.and(itemVersionSchema),
      messages: CONTENT_ERRORS,
      omitFromValues: echoed(descriptor.schema),
    },
    async ({ actor, input, context }) => {
      const saved = await updateReferenceItem(actor, name, input, context);
      refreshEditor();
      return saved;
    },
  );
}

/** Deletes an item nothing refers to (editors only) and returns to the list (`?deleted=1`). */
export function deleteReferenceAction(name: ReferenceTypeName) {
  const descriptor = referenceType(name);
  return staffRedirectAction(
    {
      permission: { action: "delete", type: descriptor.type },
      schema: deleteItemSchema,
      messages: CONTENT_ERRORS,
    },
    async ({ actor, input, context, formData }) => {
      await deleteReferenceItem(actor, name, input, context);
      return localized(
        actionLocale(formData),
        withQuery(dashboardRoutes.list(descriptor.type), { deleted: 1 }),
      );
    },
  );
}
