import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import {
  REPORT_ENTITY,
  REPORT_RESOURCE,
  resolverRoles,
  whereForFilter,
  type WriteContext,
} from "@/lib/data/inaccuracy-inbox";
import {
  assignInaccuracyReport,
  ReportStatusError,
  resolveInaccuracyReport,
} from "@/lib/data/inaccuracy-inbox-writes";
import { prisma } from "@/lib/db";
import { InvalidFieldsError, NotFoundError } from "@/lib/errors";
import { BULK_MAX_MATCHING } from "@/lib/validation/bulk";
import {
  ACTIVE_REPORT_STATUSES,
  CLOSING_REPORT_STATUSES,
  type InboxFilter,
  type ReportStatus,
} from "@/lib/validation/inbox";

/** The inbox's selection: ticked reports, or every report matching the list's filter. */
export interface ReportSelection {
  ids: readonly string[];
  /** When set, the selection is the filter (status, assignee), resolved now. */
  filter: Pick<InboxFilter, "status" | "assignee"> | null;
}

export type ReportBulkWrite =
  | { op: "assign"; assigneeId: string }
  | { op: "close"; outcome: (typeof CLOSING_REPORT_STATUSES)[number]; resolution: string };

/** Why one report of a batch was left as it was. */
export interface ReportBulkFailure {
  id: string;
  /** The start of its message, as the list shows it. */
  label: string;
  /** Its status now, when someone else moved it meanwhile; null when it no longer exists. */
  status: ReportStatus | null;
}

/**
 * The reports a bulk assign or close will act on: those of the selection that are still open
 * (closed ones must be reopened one by one). Ids that name no report are ignored and audited.
 * "All matching" is bounded (BULK_MAX_MATCHING): each report is its own transaction.
 */
export async function resolveReportSelection(
  actor: Actor,
  selection: ReportSelection,
  context: WriteContext = {},
): Promise<string[]> {
  authorize(actor, "assign", REPORT_RESOURCE);
  const active = { in: [...ACTIVE_REPORT_STATUSES] };
  if (selection.filter) {
    const rows = await prisma.inaccuracyReport.findMany({
      where: { AND: [whereForFilter(actor, selection.filter), { status: active }] },
      select: { id: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: BULK_MAX_MATCHING + 1,
    });
    if (rows.length > BULK_MAX_MATCHING) throw new InvalidFieldsError({ all: "tooManyMatching" });
    return rows.map((row) => row.id);
  }
  const candidates = [...new Set(selection.ids)];
  const rows = await prisma.inaccuracyReport.findMany({
    where: { id: { in: candidates } },
    select: { id: true, status: true },
  });
  const known = new Set(rows.map((row) => row.id));
  const unknown = candidates.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    await recordAudit(prisma, {
      actor,
      action: "inaccuracyReport.bulk_out_of_scope",
      entityType: REPORT_ENTITY,
      ...context,
      details: { count: unknown.length, ids: unknown.slice(0, 50) },
    });
  }
  const open: readonly ReportStatus[] = ACTIVE_REPORT_STATUSES;
  return rows.filter((row) => open.includes(row.status)).map((row) => row.id);
}

/**
 * Assigns or closes the selection, report by report through the single-report writes (each its
 * own transaction with its audit row), so that one report someone else closed meanwhile fails
 * alone and is reported, and the others are done.
 */
export async function writeReportSelection(
  actor: Actor,
  selection: ReportSelection,
  write: ReportBulkWrite,
  context: WriteContext = {},
): Promise<{ attempted: number; done: number; failures: ReportBulkFailure[] }> {
  authorize(actor, write.op === "assign" ? "assign" : "resolve", REPORT_RESOURCE);
  if (write.op === "assign") {
    const assignee = await prisma.user.findFirst({
      where: { id: write.assigneeId, role: { in: resolverRoles() }, disabledAt: null },
      select: { id: true },
    });
    if (!assignee) throw new InvalidFieldsError({ assigneeId: "assigneeInvalid" });
  }
  const ids = await resolveReportSelection(actor, selection, context);
  const failures: Omit<ReportBulkFailure, "label">[] = [];
  for (const reportId of ids) {
    try {
      if (write.op === "assign") {
        await assignInaccuracyReport(actor, { reportId, assigneeId: write.assigneeId }, context);
      } else {
        const { outcome, resolution } = write;
        await resolveInaccuracyReport(actor, { reportId, outcome, resolution }, context);
      }
    } catch (error) {
      if (error instanceof ReportStatusError) {
        failures.push({ id: reportId, status: error.currentStatus });
      } else if (error instanceof NotFoundError) {
        failures.push({ id: reportId, status: null });
      } else {
        throw error;
      }
    }
  }
  const messages = await prisma.inaccuracyReport.findMany({
    where: { id: { in: failures.map((failure) => failure.id) } },
    select: { id: true, message: true },
  });
  const labelOf = new Map(messages.map((row) => [row.id, row.message.slice(0, 80)]));
  return {
    attempted: ids.length,
    done: ids.length - failures.length,
    failures: failures.map((failure) => ({
      ...failure,
      label: labelOf.get(failure.id) ?? failure.id,
    })),
  };
}
