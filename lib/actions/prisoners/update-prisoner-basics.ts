"use server";

import { prisonerBasicsUpdateSchema } from "@/lib/validation/prisoner-basics";
import { prisonerTabAction } from "./prisoner-tab-action";
import { writePrisonerBasics } from "./write-prisoner-basics";

/** Saves the "Basics" tab: one updateContent (revision, audit, conflict check) per save. */
export const updatePrisonerBasics = prisonerTabAction(
  prisonerBasicsUpdateSchema,
  async ({ tx, current, input }) => {
    await writePrisonerBasics(tx, input, {
      id: input.id,
      status: typeof current.status === "string" ? current.status : null,
    });
  },
);
