"use server";

import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { resolveInaccuracyReport } from "@/lib/data/inaccuracy-inbox-writes";
import { resolveReportSchema } from "@/lib/validation/inbox";

/** Closes an inaccuracy report as resolved or dismissed, with a note. Editors only (lib/data). */
export const resolveReport = staffAction(
  {
    permission: { action: "resolve", type: "inaccuracyReport" },
    schema: resolveReportSchema,
    messages: "Inbox.errors",
  },
  async ({ actor, input, context }) => {
    await resolveInaccuracyReport(actor, input, context);
    refresh();
  },
);
