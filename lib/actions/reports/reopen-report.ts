"use server";

import { refresh } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { reopenInaccuracyReport } from "@/lib/data/inaccuracy-inbox-writes";
import { reopenReportSchema } from "@/lib/validation/inbox";

/** Reopens a resolved or dismissed inaccuracy report. Editors only (lib/data). */
export const reopenReport = staffAction(
  {
    permission: { action: "resolve", type: "inaccuracyReport" },
    schema: reopenReportSchema,
    messages: "Inbox.errors",
  },
  async ({ actor, input, context }) => {
    await reopenInaccuracyReport(actor, input, context);
    refresh();
  },
);
