"use server";

import { prisonerTimelineSchema } from "@/lib/validation/prisoner-timeline";
import { savePrisonerTimeline } from "@/lib/data/prisoner-writes/timeline";
import { withAddRowIntent } from "./add-row-intent";
import { prisonerTabAction } from "./prisoner-tab-action";

/**
 * Saves the "Timeline" tab (who may change published events: lib/data/prisoner-writes/timeline.ts);
 * "add another" saves nothing.
 */
export const updatePrisonerTimeline = withAddRowIntent(
  prisonerTabAction(prisonerTimelineSchema, savePrisonerTimeline),
);
