import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;
/** An export is for reading in a spreadsheet, not a backup: bounded so a request stays cheap. */
export const AUDIT_EXPORT_LIMIT = 10_000;

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => value || undefined);
const optionalDay = z
  .string()
  .optional()
  .transform((value) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined));

/**
 * The audit view's filters, read from the query string (the page's GET form and the export link
 * share them). Anything malformed is dropped rather than refused: a filter is a convenience.
 */
export const auditFilterSchema = z.object({
  /** Part of the actor's e-mail address. */
  actor: optionalText,
  /** The start of the action, e.g. "prisoner." or "auth.sign_in". */
  action: optionalText,
  entityType: optionalText,
  entityId: optionalText,
  /** Calendar days (UTC), both included. */
  from: optionalDay,
  to: optionalDay,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** Reads the filters from a URL's search parameters (or a page's searchParams object). */
export function parseAuditFilter(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): AuditFilter {
  const entries =
    params instanceof URLSearchParams
      ? Object.fromEntries(params.entries())
      : Object.fromEntries(
          Object.entries(params).map(([key, value]) => [
            key,
            Array.isArray(value) ? value[0] : value,
          ]),
        );
  const parsed = auditFilterSchema.safeParse(entries);
  return parsed.success ? parsed.data : auditFilterSchema.parse({});
}

export interface AuditRowDto {
  id: string;
  /** ISO timestamp. */
  at: string;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Prisma.JsonValue;
}

export interface AuditPageDto {
  rows: AuditRowDto[];
  total: number;
  page: number;
  pageCount: number;
}

function whereOf(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = new Date(`${filter.from}T00:00:00Z`);
  if (filter.to) at.lt = new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000);
  return {
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
}

function toDto(row: Prisma.AuditLogGetPayload<object>): AuditRowDto {
  return {
    id: row.id.toString(),
    at: row.at.toISOString(),
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    ip: row.ip,
    userAgent: row.userAgent,
    details: row.details,
  };
}

/** One page of the audit log, newest first. Editors and administrators only. */
export async function listAuditLog(actor: Actor, filter: AuditFilter): Promise<AuditPageDto> {
  authorize(actor, "view", { type: "auditLog" });
  const where = whereOf(filter);
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return {
    rows: rows.map(toDto),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

/** The filtered log for download (every page, up to AUDIT_EXPORT_LIMIT rows), newest first. */
export async function exportAuditLog(actor: Actor, filter: AuditFilter): Promise<AuditRowDto[]> {
  authorize(actor, "export", { type: "auditLog" });
  const rows = await prisma.auditLog.findMany({
    where: whereOf(filter),
    orderBy: { id: "desc" },
    take: AUDIT_EXPORT_LIMIT,
  });
  return rows.map(toDto);
}

/** Entity types that occur in the log, for the filter's choices. */
export async function auditEntityTypes(actor: Actor): Promise<string[]> {
  authorize(actor, "view", { type: "auditLog" });
  const rows = await prisma.auditLog.findMany({
    where: { entityType: { not: null } },
    distinct: ["entityType"],
    select: { entityType: true },
    orderBy: { entityType: "asc" },
  });
  return rows.flatMap((row) => (row.entityType ? [row.entityType] : []));
}
