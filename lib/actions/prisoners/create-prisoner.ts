"use server";

import { z } from "zod";
import { staffRedirectAction } from "@/lib/actions/staff-action";
import { createContent } from "@/lib/content-store";
import { routing } from "@/lib/i18n/routing";
import { prisonerBasicsSchema } from "@/lib/validation/prisoner-basics";
import { writePrisonerBasics } from "./write-prisoner-basics";

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
    const { id } = await createContent(actor, {
      type: "prisoner",
      create: (tx) => writePrisonerBasics(tx, input, null),
      context,
    });
    return `/${input.locale}/dashboard/prisoners/${id}`;
  },
);
