"use server";

import { z } from "zod";
import { InvalidFieldsError, staffRedirectAction } from "@/lib/actions/staff-action";
import { ContentInUseError, deleteContent } from "@/lib/content-store";
import { countLetterSignatures } from "@/lib/data/dashboard-letters";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";

const deleteLetterSchema = z.object({
  id: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(1),
  confirm: z.literal("on", { error: "deleteConfirmRequired" }),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
});

/**
 * Deletes a letter (editors only: the content store asks the policy), unless people have signed
 * it: signatures are acknowledged to their signers and are never deleted with a letter; such a
 * letter is closed or archived instead. The last revision keeps the letter's history.
 */
export const deleteLetter = staffRedirectAction(
  {
    permission: { action: "delete", type: "letter" },
    schema: deleteLetterSchema,
    messages: "LetterEditor.errors",
  },
  async ({ actor, input, context }) => {
    if ((await countLetterSignatures(actor, input.id)) > 0) {
      throw new InvalidFieldsError({ confirm: "letterHasSignatures" });
    }
    try {
      await deleteContent(actor, {
        type: "letter",
        id: input.id,
        expectedVersion: input.expectedVersion,
        context,
      });
    } catch (error) {
      // Signed between the count and the delete: the database refused it, nothing was written.
      if (error instanceof ContentInUseError) {
        throw new InvalidFieldsError({ confirm: "letterHasSignatures" });
      }
      throw error;
    }
    return localized(input.locale, dashboardRoutes.list("letter"));
  },
);
