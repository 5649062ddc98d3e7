"use server";

import { prisonerStatusHistorySchema } from "@/lib/validation/prisoner-status-history";
import { savePrisonerStatusHistory } from "@/lib/data/prisoner-writes/status-history";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";

/** Saves the "Status history" tab; "add another" saves nothing. */
export const updatePrisonerStatusHistory = withAddRowIntent(
  prisonerTabAction(prisonerStatusHistorySchema, savePrisonerStatusHistory),
);
