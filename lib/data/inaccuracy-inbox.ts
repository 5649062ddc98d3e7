import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor, type Role } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { pageWindow, type PageSlice } from "@/lib/data/page-window";
import { NotFoundError } from "@/lib/errors";
import type { Prisma, PublicationState } from "@/lib/generated/prisma/client";
import { resolveLocalizedText, type ResolvedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import {
  ACTIVE_REPORT_STATUSES,
  INBOX_PAGE_SIZE,
  REPORT_STATUSES,
  type InboxFilter,
  type ReportStatus,
} from "@/lib/validation/inbox";

/**
 * The staff side of "report an inaccuracy" (the public submission is inaccuracy-reports.ts):
 * the inbox list and one report. The three things editors do with a report (assign it, close it,
 * reopen it) are in inaccuracy-inbox-writes.ts. Every function checks can() on
 * "inaccuracyReport".
 */

export const REPORT_RESOURCE = { type: "inaccuracyReport" } as const;
export const REPORT_ENTITY = "InaccuracyReport";
const ROLES: readonly Role[] = ["ADMIN", "EDITOR", "CONTRIBUTOR"];

/** The request a write came from, for the audit row. */
export interface WriteContext {
  ip?: string | null;
  userAgent?: string | null;
}

export interface InboxPersonDto {
  id: string;
  name: string;
}

export interface InboxListItemDto {
  id: string;
  status: ReportStatus;
  prisoner: { id: string; name: ResolvedText | null };
  receivedAt: string;
  assignee: InboxPersonDto | null;
  /** The start of the message, for the list. */
  excerpt: string;
}

export interface InboxListDto extends PageSlice {
  items: InboxListItemDto[];
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
  prisoner: { id: string; slug: string; name: ResolvedText | null; state: PublicationState };
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

/** The reports an inbox filter shows (status and assignee); bulk actions select by it too. */
export function whereForFilter(
  actor: Actor,
  filter: Pick<InboxFilter, "status" | "assignee">,
): Prisma.InaccuracyReportWhereInput {
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
  authorize(actor, "view", REPORT_RESOURCE);
  const where = whereForFilter(actor, filter);
  const [total, grouped] = await Promise.all([
    prisma.inaccuracyReport.count({ where }),
    prisma.inaccuracyReport.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const { page, pageCount, pageSize, skip, take } = pageWindow(total, filter.page, INBOX_PAGE_SIZE);
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
    skip,
    take,
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
    pageSize,
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
  authorize(actor, "view", REPORT_RESOURCE);
  const mayReadHistory = can(actor, "view", { type: "auditLog" });
  const mayReadContact = can(actor, "viewSensitive", REPORT_RESOURCE);
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
          where: { entityType: REPORT_ENTITY, entityId: id },
          select: { id: true, at: true, action: true, actorEmail: true },
          orderBy: { at: "desc" },
          take: 50,
        })
      : null,
  ]);
  if (!row) throw new NotFoundError(REPORT_ENTITY, id);
  const contact = mayReadContact ? (row.contact ?? null) : null;
  if (contact) {
    await recordAudit(prisma, {
      actor,
      action: "inaccuracyReport.view_contact",
      entityType: REPORT_ENTITY,
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
    may: {
      assign: can(actor, "assign", REPORT_RESOURCE),
      resolve: can(actor, "resolve", REPORT_RESOURCE),
    },
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
export function resolverRoles(): Role[] {
  return ROLES.filter((role) => can({ role }, "resolve", REPORT_RESOURCE));
}

/** The staff members a report can be assigned to: active users of a role that may resolve it. */
export async function listReportAssignees(actor: Actor): Promise<InboxPersonDto[]> {
  authorize(actor, "assign", REPORT_RESOURCE);
  return prisma.user.findMany({
    where: { role: { in: resolverRoles() }, disabledAt: null },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
