import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import {
  REPORT_ENTITY,
  REPORT_RESOURCE,
  resolverRoles,
  type WriteContext,
} from "@/lib/data/inaccuracy-inbox";
import { prisma } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  ACTIVE_REPORT_STATUSES,
  CLOSING_REPORT_STATUSES,
  type ReportStatus,
} from "@/lib/validation/inbox";

/**
 * What editors do with an inaccuracy report: assign it, close it (resolved or dismissed, with a
 * note), reopen it. Every function checks can() on "inaccuracyReport"; every write records an
 * audit row in its own transaction.
 *
 * A report's life: OPEN → ASSIGNED (someone is on it) → RESOLVED or DISMISSED; reopening returns
 * it to ASSIGNED (or OPEN if nobody is assigned).
 */

/**
 * The report is not in a state that allows the action any more: someone else closed, reopened or
 * assigned it meanwhile. A ConflictError, so the action wrapper answers "someone else saved this
 * first"; reports have no version column, so the versions are 0 and `changes` names the status.
 */
export class ReportStatusError extends ConflictError<{
  path: string[];
  before: null;
  after: ReportStatus;
}> {
  override name = "ReportStatusError";
  constructor(
    readonly reportId: string,
    readonly currentStatus: ReportStatus,
  ) {
    super(REPORT_ENTITY, reportId, 0, 0, [
      { path: ["status"], before: null, after: currentStatus },
    ]);
  }
}

type Tx = Prisma.TransactionClient;

/**
 * Loads the report for a write, locked against concurrent writes (two editors pressing "resolve"
 * at once are served one after the other, and the second sees the first's result).
 */
async function lockReport(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "InaccuracyReport" WHERE "id" = ${id} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError(REPORT_ENTITY, id);
  return tx.inaccuracyReport.findUniqueOrThrow({
    where: { id },
    select: { id: true, status: true, assigneeId: true, resolution: true },
  });
}

function requireStatus(
  report: { id: string; status: ReportStatus },
  allowed: readonly ReportStatus[],
) {
  if (!allowed.includes(report.status)) throw new ReportStatusError(report.id, report.status);
}

/**
 * Assigns an open report to a staff member who may resolve it (`assigneeId`), or takes the
 * assignment away (`null`: back to OPEN). Closed reports must be reopened first.
 */
export async function assignInaccuracyReport(
  actor: Actor,
  input: { reportId: string; assigneeId: string | null },
  context: WriteContext = {},
): Promise<void> {
  authorize(actor, "assign", REPORT_RESOURCE);
  await prisma.$transaction(async (tx) => {
    const report = await lockReport(tx, input.reportId);
    requireStatus(report, ACTIVE_REPORT_STATUSES);
    if (input.assigneeId) {
      const assignee = await tx.user.findFirst({
        where: { id: input.assigneeId, role: { in: resolverRoles() }, disabledAt: null },
        select: { id: true },
      });
      if (!assignee) throw new NotFoundError("User", input.assigneeId);
    }
    await tx.inaccuracyReport.update({
      where: { id: report.id },
      data: { assigneeId: input.assigneeId, status: input.assigneeId ? "ASSIGNED" : "OPEN" },
    });
    await recordAudit(tx, {
      actor,
      action: input.assigneeId ? "inaccuracyReport.assign" : "inaccuracyReport.unassign",
      entityType: REPORT_ENTITY,
      entityId: report.id,
      ...context,
      details: { assigneeId: input.assigneeId, previousAssigneeId: report.assigneeId },
    });
  });
}

/**
 * Closes an open report as RESOLVED (the profile was corrected or confirmed) or DISMISSED (not an
 * inaccuracy), with a note saying what was done. An unassigned report is assigned to whoever
 * closes it, so the list shows who dealt with it.
 */
export async function resolveInaccuracyReport(
  actor: Actor,
  input: {
    reportId: string;
    outcome: (typeof CLOSING_REPORT_STATUSES)[number];
    resolution: string;
  },
  context: WriteContext = {},
): Promise<void> {
  authorize(actor, "resolve", REPORT_RESOURCE);
  await prisma.$transaction(async (tx) => {
    const report = await lockReport(tx, input.reportId);
    requireStatus(report, ACTIVE_REPORT_STATUSES);
    await tx.inaccuracyReport.update({
      where: { id: report.id },
      data: {
        status: input.outcome,
        resolution: input.resolution,
        resolvedAt: new Date(),
        assigneeId: report.assigneeId ?? actor.id,
      },
    });
    await recordAudit(tx, {
      actor,
      action:
        input.outcome === "RESOLVED" ? "inaccuracyReport.resolve" : "inaccuracyReport.dismiss",
      entityType: REPORT_ENTITY,
      entityId: report.id,
      ...context,
      details: { status: input.outcome, previousStatus: report.status },
    });
  });
}

/**
 * Reopens a closed report: back to its assignee (ASSIGNED), or to OPEN if it has none. The old
 * resolution note is cleared from the report and kept in the audit row.
 */
export async function reopenInaccuracyReport(
  actor: Actor,
  input: { reportId: string },
  context: WriteContext = {},
): Promise<void> {
  authorize(actor, "resolve", REPORT_RESOURCE);
  await prisma.$transaction(async (tx) => {
    const report = await lockReport(tx, input.reportId);
    requireStatus(report, CLOSING_REPORT_STATUSES);
    const status = report.assigneeId ? "ASSIGNED" : "OPEN";
    await tx.inaccuracyReport.update({
      where: { id: report.id },
      data: { status, resolution: null, resolvedAt: null },
    });
    await recordAudit(tx, {
      actor,
      action: "inaccuracyReport.reopen",
      entityType: REPORT_ENTITY,
      entityId: report.id,
      ...context,
      details: { status, previousStatus: report.status, previousResolution: report.resolution },
    });
  });
}
