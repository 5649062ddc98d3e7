"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { runBulkStages } from "@/lib/actions/bulk-stages";
import { staffAction } from "@/lib/actions/staff-action";
import {
  resolveReportSelection,
  writeReportSelection,
  type ReportBulkWrite,
} from "@/lib/data/inaccuracy-inbox-bulk";
import { InvalidFieldsError } from "@/lib/errors";
import { bulkSelectionFields } from "@/lib/validation/bulk";
import {
  CLOSING_REPORT_STATUSES,
  inboxFilterSchema,
  RESOLUTION_MAX_LENGTH,
} from "@/lib/validation/inbox";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = (max: number) =>
  z.preprocess(first, z.string().trim().max(max, { error: "resolutionTooLong" }).optional());

const schema = z.object({
  ...bulkSelectionFields,
  op: z.preprocess(first, z.string().max(20).optional()),
  /** The list's filter as the page showed it, for "all matching". */
  filter: inboxFilterSchema.pick({ status: true, assignee: true }).default({
    status: "active",
    assignee: "",
  }),
  assigneeId: z.preprocess(
    first,
    z
      .string()
      .trim()
      .regex(/^([a-z0-9]{10,40})?$/, { error: "assigneeInvalid" })
      .optional(),
  ),
  outcome: z.preprocess(
    (v) => (first(v) === "" ? undefined : first(v)),
    z.enum(CLOSING_REPORT_STATUSES, { error: "outcomeInvalid" }).optional(),
  ),
  resolution: optionalText(RESOLUTION_MAX_LENGTH),
});

type Input = z.output<typeof schema>;

/** The write the form asks for, with the fields that op requires (as the single forms do). */
function writeFor(op: "assign" | "close", input: Input): ReportBulkWrite {
  if (op === "assign") {
    if (!input.assigneeId) throw new InvalidFieldsError({ assigneeId: "assigneeInvalid" });
    return { op, assigneeId: input.assigneeId };
  }
  if (!input.outcome) throw new InvalidFieldsError({ outcome: "outcomeInvalid" });
  if (!input.resolution) throw new InvalidFieldsError({ resolution: "resolutionRequired" });
  return { op, outcome: input.outcome, resolution: input.resolution };
}

/**
 * Assigns or closes inaccuracy reports in bulk (editors and administrators): the ticked ones or
 * all matching the inbox's filter, after a confirmation naming the count. Each report goes
 * through the single-report write (its own transaction and audit row); a report someone else
 * closed meanwhile is listed in the result (lib/data/inaccuracy-inbox-bulk.ts).
 */
export const bulkReports = staffAction(
  {
    permission: { action: "assign", type: "inaccuracyReport" },
    schema,
    messages: "Bulk.errors",
  },
  async ({ actor, input, context }) => {
    const t = await getTranslations("Bulk.reports");
    const tStatus = await getTranslations("Inbox.status");
    const selection = { ids: input.ids, filter: input.all === "matching" ? input.filter : null };
    const outcome = await runBulkStages(input, {
      ops: ["assign", "close"] as const,
      resolve: async (op) => {
        writeFor(op, input);
        return (await resolveReportSelection(actor, selection, context)).length;
      },
      run: async (op) => {
        const result = await writeReportSelection(actor, selection, writeFor(op, input), context);
        return {
          ...result,
          failures: result.failures.map((failure) => ({
            id: failure.id,
            label: failure.label,
            reason: failure.status
              ? t("changedTo", { status: tStatus(failure.status) })
              : t("gone"),
          })),
        };
      },
      question: (op, count) => t(`question.${op}`, { count }),
      summary: (op, counts) => t(`summary.${op}`, counts),
    });
    if (outcome.stage === "done") refresh();
    return outcome;
  },
);
