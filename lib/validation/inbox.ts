import { z } from "zod";

/**
 * The inaccuracy-report inbox: the list's filters (a GET form, read from the query string) and the
 * three staff actions on a report (assign, resolve or dismiss, reopen), shared by the forms, the
 * server actions and the integration tests.
 *
 * Error messages are message keys of the "Inbox.errors" namespace, so each locale gets its own
 * specific text (lib/i18n/messages/features/dashboard.*.json).
 */

export const REPORT_STATUSES = ["OPEN", "ASSIGNED", "RESOLVED", "DISMISSED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Statuses of a report someone still has to deal with. */
export const ACTIVE_REPORT_STATUSES = ["OPEN", "ASSIGNED"] as const satisfies ReportStatus[];
/** How a report is closed. */
export const CLOSING_REPORT_STATUSES = ["RESOLVED", "DISMISSED"] as const satisfies ReportStatus[];

/** The status filter: one status, every report still to deal with (the default), or all. */
export const INBOX_STATUS_FILTERS = ["active", ...REPORT_STATUSES, "all"] as const;
export type InboxStatusFilter = (typeof INBOX_STATUS_FILTERS)[number];

/** The assignee filter: anyone (empty), nobody yet, or the signed-in person. */
export const INBOX_ASSIGNEE_FILTERS = ["", "unassigned", "me"] as const;
export type InboxAssigneeFilter = (typeof INBOX_ASSIGNEE_FILTERS)[number];

export const INBOX_PAGE_SIZE = 25;
export const RESOLUTION_MAX_LENGTH = 2000;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The list's query string. Anything unknown falls back to the default instead of failing: a
 * hand-edited or outdated link still shows the inbox.
 */
export const inboxFilterSchema = z.object({
  status: z.preprocess(firstValue, z.enum(INBOX_STATUS_FILTERS).catch("active")).default("active"),
  assignee: z.preprocess(firstValue, z.enum(INBOX_ASSIGNEE_FILTERS).catch("")).default(""),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export function parseInboxFilter(searchParams: Record<string, string | string[] | undefined>) {
  return inboxFilterSchema.parse(searchParams);
}

/** A report's id as a hidden field carries it (a cuid). */
const reportId = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{10,40}$/, { error: "reportInvalid" });

export const assignReportSchema = z.object({
  reportId,
  /** The staff member to assign; empty to take the assignment away. */
  assigneeId: z
    .string({ error: "assigneeInvalid" })
    .trim()
    .regex(/^([a-z0-9]{10,40})?$/, { error: "assigneeInvalid" }),
});
export type AssignReportInput = z.infer<typeof assignReportSchema>;

export const resolveReportSchema = z.object({
  reportId,
  outcome: z.enum(CLOSING_REPORT_STATUSES, { error: "outcomeInvalid" }),
  /** What was done about the report (or why it was dismissed): required, for the next reader. */
  resolution: z
    .string({ error: "resolutionRequired" })
    .trim()
    .min(1, { error: "resolutionRequired" })
    .max(RESOLUTION_MAX_LENGTH, { error: "resolutionTooLong" }),
});
export type ResolveReportInput = z.infer<typeof resolveReportSchema>;

export const reopenReportSchema = z.object({ reportId });
export type ReopenReportInput = z.infer<typeof reopenReportSchema>;

export type InboxErrorCode =
  | "reportInvalid"
  | "assigneeInvalid"
  | "outcomeInvalid"
  | "resolutionRequired"
  | "resolutionTooLong";
