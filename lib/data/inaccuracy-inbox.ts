import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor, type Role } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma, PublicationState } from "@/lib/generated/prisma/client";
import { resolveLocalizedText, type LocalizedString } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/routing";
import {
  ACTIVE_REPORT_STATUSES,
  CLOSING_REPORT_STATUSES,
  INBOX_PAGE_SIZE,
  REPORT_STATUSES,
  type InboxFilter,
  type ReportStatus,
} from "@/lib/validation/inbox";

/**
 * The staff side of "report an inaccuracy" (the public submission is inaccuracy-reports.ts):
 * the inbox list, one report, and the three things editors do with a report — assign it, close
 * it (resolved or dismissed, with a note), reopen it. Every function checks can() on
 * "inaccuracyReport"; every write records an audit row in its own transaction.
 *
 * A report's life: OPEN → ASSIGNED (someone is on it) → RESOLVED or DISMISSED; reopening returns
 * it to ASSIGNED (or OPEN if nobody is assigned).
 */

const RESOURCE = { type: "inaccuracyReport" } as const;
const ENTITY = "InaccuracyReport";
const ROLES: readonly Role[] = ["ADMIN", "EDITOR", "CONTRIBUTOR"];

/** The request a write came from, for the audit row. */
export interface WriteContext {
  ip?: string | null;
  userAgent?: string | null;
}

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
    super(ENTITY, reportId, 0, 0, [{ path: ["status"], before: null, after: currentStatus }]);
  }
}

export interface InboxPersonDto {
  id: string;
  name: string;
}

export interface InboxListItemDto {
  id: string;
  status: ReportStatus;
  prisoner: { id: string; name: LocalizedString | null };
  receivedAt: string;
  assignee: InboxPersonDto | null;
  /** The start of the message, for the list. */
  excerpt: string;
}

export interface InboxListDto {
  items: InboxListItemDto[];
  total: number;
  page: number;
  pageCount: number;
  /** How many reports have each status (whatever the filter), for the filter's labels. */
  statusCounts: Record<ReportStatus, number>;
}

export interface InboxReportDto {
  id: string;
  status: ReportStatus;
  message: string;
  sourceUrl: string | null;
  /**
   * The reporter's contact: sensitive personal data, only for roles with viewSensitive (null for
   * the others, and when the reporter left none). Each time it is shown, an audit row is written.
   */
  contact: string | null;
  /** The reporter left a contact this actor may not see. */
  contactHidden: boolean;
  locale: string | null;
  prisoner: { id: string; slug: string; name: LocalizedString | null; state: PublicationState };
  assignee: InboxPersonDto | null;
  resolution: string | null;
  receivedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  /** What the actor may do with it. */
  may: { assign: boolean; resolve: boolean };
  /** The report's audit trail, newest first; null when the actor may not read the audit log. */
  history: InboxHistoryEntryDto[] | null;
}

export interface InboxHistoryEntryDto {
  id: string;
  at: string;
  action: string;
  actorEmail: string | null;
}

const EXCERPT_LENGTH = 160;

function excerpt(message: string): string {
  const flat = message.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

function whereForFilter(actor: Actor, filter: InboxFilter): Prisma.InaccuracyReportWhereInput {
  const where: Prisma.InaccuracyReportWhereInput = {};
  if (filter.status === "active") where.status = { in: [...ACTIVE_REPORT_STATUSES] };
  else if (filter.status !== "all") where.status = filter.status;
  if (filter.assignee === "me") where.assigneeId = actor.id;
  else if (filter.assignee === "unassigned") where.assigneeId = null;
  return where;
}

// ── Reads ────────────────────────────────────────────────────────────────────────────────────────

/** A page of the inbox, newest first, with the number of reports of each status. */
export async function listInaccuracyReports(
  actor: Actor,
  locale: Locale,
  filter: InboxFilter,
): Promise<InboxListDto> {
  if (!can(actor, "view", RESOURCE)) throw new ForbiddenError("view", "inaccuracyReport");
  const where = whereForFilter(actor, filter);
  const [total, grouped] = await Promise.all([
    prisma.inaccuracyReport.count({ where }),
    prisma.inaccuracyReport.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await prisma.inaccuracyReport.findMany({
    where,
    select: {
      id: true,
      status: true,
      message: true,
      createdAt: true,
      assignee: { select: { id: true, name: true } },
      prisoner: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
  });

  const statusCounts = Object.fromEntries(REPORT_STATUSES.map((status) => [status, 0])) as Record<
    ReportStatus,
    number
  >;
  for (const group of grouped) statusCounts[group.status] = group._count._all;

  return {
    items: rows.map((row) => ({
      id: row.id,
      status: row.status,
      prisoner: { id: row.prisoner.id, name: resolveLocalizedText(row.prisoner.name, locale) },
      receivedAt: row.createdAt.toISOString(),
      assignee: row.assignee,
      excerpt: excerpt(row.message),
    })),
    total,
    page,
    pageCount,
    statusCounts,
  };
}

/**
 * One report with everything staff need to act on it. Unknown id → NotFoundError. The reporter's
 * contact is read only for roles that may see it, and showing it writes an audit row (who read
 * which report's contact, when, from where).
 */
export async function getInaccuracyReport(
  actor: Actor,
  locale: Locale,
  id: string,
  context: WriteContext = {},
): Promise<InboxReportDto> {
  if (!can(actor, "view", RESOURCE)) throw new ForbiddenError("view", "inaccuracyReport");
  const mayReadHistory = can(actor, "view", { type: "auditLog" });
  const mayReadContact = can(actor, "viewSensitive", RESOURCE);
  const [row, history] = await Promise.all([
    prisma.inaccuracyReport.findUnique({
      where: { id },
      select: {
        id: true,
        status: true,
        message: true,
        sourceUrl: true,
        contact: mayReadContact,
        locale: true,
        resolution: true,
        createdAt: true,
        updatedAt: true,
        resolvedAt: true,
        assignee: { select: { id: true, name: true } },
        prisoner: { select: { id: true, slug: true, name: true, state: true } },
      },
    }),
    mayReadHistory
      ? prisma.auditLog.findMany({
          where: { entityType: ENTITY, entityId: id },
          select: { id: true, at: true, action: true, actorEmail: true },
          orderBy: { at: "desc" },
          take: 50,
        })
      : null,
  ]);
  if (!row) throw new NotFoundError(ENTITY, id);
  const contact = mayReadContact ? (row.contact ?? null) : null;
  if (contact) {
    await recordAudit(prisma, {
      actor,
      action: "inaccuracyReport.view_contact",
      entityType: ENTITY,
      entityId: id,
      ...context,
    });
  }
  // Whether a contact exists is told without reading it (the row select above left it out).
  const contactHidden =
    !mayReadContact &&
    (await prisma.inaccuracyReport.count({ where: { id, contact: { not: null } } })) > 0;

  return {
    id: row.id,
    status: row.status,
    message: row.message,
    sourceUrl: row.sourceUrl,
    contact,
    contactHidden,
    locale: row.locale,
    prisoner: {
      id: row.prisoner.id,
      slug: row.prisoner.slug,
      name: resolveLocalizedText(row.prisoner.name, locale),
      state: row.prisoner.state,
    },
    assignee: row.assignee,
    resolution: row.resolution,
    receivedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    may: { assign: can(actor, "assign", RESOURCE), resolve: can(actor, "resolve", RESOURCE) },
    history:
      history?.map((entry) => ({
        id: entry.id.toString(),
        at: entry.at.toISOString(),
        action: entry.action,
        actorEmail: entry.actorEmail,
      })) ?? null,
  };
}

/** Roles that can deal with a report, so assigning it to them makes sense. */
function resolverRoles(): Role[] {
  return ROLES.filter((role) => can({ role }, "resolve", RESOURCE));
}

/** The staff members a report can be assigned to: active users of a role that may resolve it. */
export async function listReportAssignees(actor: Actor): Promise<InboxPersonDto[]> {
  if (!can(actor, "assign", RESOURCE)) throw new ForbiddenError("assign", "inaccuracyReport");
  return prisma.user.findMany({
    where: { role: { in: resolverRoles() }, disabledAt: null },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

// ── Writes ───────────────────────────────────────────────────────────────────────────────────────

type Tx = Prisma.TransactionClient;

/**
 * Loads the report for a write, locked against concurrent writes (two editors pressing "resolve"
 * at once are served one after the other, and the second sees the first's result).
 */
async function lockReport(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "InaccuracyReport" WHERE "id" = ${id} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError(ENTITY, id);
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
  if (!can(actor, "assign", RESOURCE)) throw new ForbiddenError("assign", "inaccuracyReport");
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
      entityType: ENTITY,
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
  if (!can(actor, "resolve", RESOURCE)) throw new ForbiddenError("resolve", "inaccuracyReport");
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
      entityType: ENTITY,
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
  if (!can(actor, "resolve", RESOURCE)) throw new ForbiddenError("resolve", "inaccuracyReport");
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
      entityType: ENTITY,
      entityId: report.id,
      ...context,
      details: { status, previousStatus: report.status, previousResolution: report.resolution },
    });
  });
}
