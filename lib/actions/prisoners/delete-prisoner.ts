"use server";

import { z } from "zod";
import { staffRedirectAction } from "@/lib/actions/staff-action";
import { deleteContent } from "@/lib/content-store";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";
import { expectedVersionSchema } from "@/lib/validation/prisoner-rows";

const deletePrisonerSchema = z.object({
  id: z.string().min(1),
  expectedVersion: expectedVersionSchema,
  confirm: z.literal("on", { error: "deleteConfirmRequired" }),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
});

/**
 * Deletes a profile (editors only: the content store asks the policy). The last revision keeps
 * its history; the list is shown afterwards.
 */
export const deletePrisoner = staffRedirectAction(
  {
    permission: { action: "delete", type: "prisoner" },
    schema: deletePrisonerSchema,
    messages: "EditorForm.errors",
  },
  async ({ actor, input, context }) => {
    await deleteContent(actor, {
      type: "prisoner",
      id: input.id,
      expectedVersion: input.expectedVersion,
      context,
    });
    return localized(input.locale, dashboardRoutes.list("prisoner"));
  },
);
