"use server";

import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { assignInaccuracyReport } from "@/lib/data/inaccuracy-inbox-writes";
import { assignReportSchema } from "@/lib/validation/inbox";

/**
 * Assigns an inaccuracy report to a staff member (or to nobody, with an empty choice). The
 * "assign to me" button posts the actor's own id. Editors only (checked in lib/data).
 */
export const assignReport = staffAction(
  {
    permission: { action: "assign", type: "inaccuracyReport" },
    schema: assignReportSchema,
    messages: "Inbox.errors",
  },
  async ({ actor, input, context }) => {
    await assignInaccuracyReport(
      actor,
      { reportId: input.reportId, assigneeId: input.assigneeId || null },
      context,
    );
    // The page around the form shows the new assignee and status.
    refresh();
  },
);
