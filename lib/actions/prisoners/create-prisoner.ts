"use server";

import { z } from "zod";
import { staffRedirectAction } from "@/lib/actions/staff-action";
import { createPrisonerProfile } from "@/lib/data/prisoner-writes/basics";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";
import { prisonerBasicsSchema } from "@/lib/validation/prisoner-basics";

const createPrisonerSchema = prisonerBasicsSchema.and(
  z.object({ locale: z.enum(routing.locales).catch(routing.defaultLocale) }),
);

/** Creates a draft profile from the "Basics" form and opens its editor. */
export const createPrisoner = staffRedirectAction(
  {
    permission: { action: "create", type: "prisoner" },
    schema: createPrisonerSchema,
    messages: "EditorForm.errors",
  },
  async ({ actor, input, context }) => {
    const { id } = await createPrisonerProfile(actor, input, context);
    return localized(input.locale, dashboardRoutes.prisonerTab(id, ""));
  },
);
