"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { InvalidFieldsError, staffAction } from "@/lib/actions/staff-action";
import { SOURCE_ERRORS, sourceUsage } from "@/lib/actions/sources/write-source";
import { authorize } from "@/lib/auth/session";
import { ContentInUseError, deleteContent } from "@/lib/content-store";
import { deleteItemSchema } from "@/lib/validation/reference-item";

/**
 * Deletes a source nothing cites (editors only; the policy is asked before anything is
 * counted). While citations point at it the delete is refused with a message on the
 * confirmation box: deleting it would strip footnotes from published profiles.
 */
export const deleteSource = staffAction<typeof deleteItemSchema, never>(
  {
    permission: { action: "delete", type: "source" },
    schema: deleteItemSchema,
    messages: SOURCE_ERRORS,
  },
  async ({ actor, input, context, formData }) => {
    authorize(actor, "delete", { type: "source" });
    if ((await sourceUsage(input.id)) > 0) {
      throw new InvalidFieldsError({ confirm: "sourceInUse" });
    }
    try {
      await deleteContent(actor, {
        type: "source",
        id: input.id,
        expectedVersion: input.expectedVersion,
        context,
      });
    } catch (error) {
      // Cited between the count and the delete: the database refused it, nothing was written.
      if (error instanceof ContentInUseError)
        throw new InvalidFieldsError({ confirm: "sourceInUse" });
      throw error;
    }
    redirect(`/${actionLocale(formData)}/dashboard/sources?deleted=1`);
  },
);
