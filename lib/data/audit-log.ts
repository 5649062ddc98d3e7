import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { contentTypeOfEntity } from "@/lib/content-store/content-kinds";
import { resolveNames } from "@/lib/data/history-names";
import type { NameKind } from "@/lib/data/history-references";
import { readKeysetPage } from "@/lib/data/keyset-page";
import { parseKeysetRequest, type KeysetPage, type KeysetRequest } from "@/lib/data/page-window";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { dashboardRoutes } from "@/lib/routes";

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
});
/**
 * The filters and where the page starts: the log grows by every write and sign-in, so it is
 * paged by keyset (`?after=<id>`, `?before=<id>`, `?last=1`), never by an OFFSET.
 */
export type AuditFilter = z.output<typeof auditFilterSchema> & { cursor: KeysetRequest };

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
  const cursor = parseKeysetRequest(entries as Record<string, string | undefined>);
  return { ...(parsed.success ? parsed.data : auditFilterSchema.parse({})), cursor };
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

/** The item an entry concerns, as the audit view names and links it. */
export interface AuditItemDto {
  /** Its name in the page's locale; null when the kind has no name to look up. */
  name: string | null;
  /** The item was looked up and no longer exists. */
  gone: boolean;
  /** Its dashboard page, when it exists and the viewer may open it. */
  href: string | null;
}

/** An entry as the audit page shows it: the raw row, its actor's name and its item's. */
export interface AuditEntryDto extends AuditRowDto {
  actorName: string | null;
  item: AuditItemDto | null;
}

export interface AuditPageDto {
  rows: AuditEntryDto[];
  total: number;
  /** Where the page sits in the filtered log, and the cursors of its neighbours. */
  position: KeysetPage;
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
export async function listAuditLog(
  actor: Actor,
  filter: AuditFilter,
  pageSize: number = AUDIT_PAGE_SIZE,
  locale: Locale = "en",
): Promise<AuditPageDto> {
  authorize(actor, "view", { type: "auditLog" });
  const where = whereOf(filter);
  const { rows, page } = await readKeysetPage(
    {
      // Newest first is the id's order: ids only grow (a sequence), so "after" means "older".
      read: ({ cursor, take }) =>
        prisma.auditLog.findMany({
          where,
          orderBy: { id: "desc" },
          ...(cursor ? { cursor: { id: BigInt(cursor) }, skip: 1 } : {}),
          take,
        }),
      total: () => prisma.auditLog.count({ where }),
      countBefore: (row) =>
        prisma.auditLog.count({ where: { AND: [where, { id: { gt: row.id } }] } }),
      idOf: (row) => row.id.toString(),
    },
    cursorOf(filter.cursor),
    pageSize,
  );
  return { rows: await inWords(actor, rows, locale), total: page.total, position: page };
}

/** The model names (AuditLog.entityType) whose rows have a name to show, and its kind. */
const ENTITY_NAME_KINDS: Record<string, NameKind> = {
  Prisoner: "prisoner",
  Publication: "publication",
  Letter: "letter",
  Source: "source",
  NotableSignatory: "notableSignatory",
  Facility: "facility",
  CriminalCodeArticle: "article",
  Country: "country",
  Tag: "tag",
  Affiliation: "affiliation",
  Organisation: "organisation",
  MediaAsset: "media",
  User: "user",
};

/** Where the viewer may open an item of this model, or null. */
function itemHref(actor: Actor, entityType: string, id: string): string | null {
  const type = contentTypeOfEntity(entityType);
  if (type) return can(actor, "view", { type }) ? dashboardRoutes.edit(type, id) : null;
  if (entityType === "MediaAsset") {
    return can(actor, "view", { type: "media" }) ? dashboardRoutes.mediaAsset(id) : null;
  }
  return null;
}

/**
 * The page's actors and items by name: one query per kind of item on the page (and one for
 * the actors), never one per row.
 */
async function inWords(
  actor: Actor,
  rows: Prisma.AuditLogGetPayload<object>[],
  locale: Locale,
): Promise<AuditEntryDto[]> {
  const ids: Partial<Record<NameKind, Set<string>>> = {};
  for (const row of rows) {
    if (row.actorId) (ids.user ??= new Set()).add(row.actorId);
    const kind = row.entityType ? ENTITY_NAME_KINDS[row.entityType] : undefined;
    if (kind && row.entityId) (ids[kind] ??= new Set()).add(row.entityId);
  }
  const names = await resolveNames(ids, locale);
  return rows.map((row) => {
    const kind = row.entityType ? ENTITY_NAME_KINDS[row.entityType] : undefined;
    const name = kind && row.entityId ? names[kind]?.[row.entityId] : undefined;
    const gone = Boolean(kind && row.entityId) && name === undefined;
    return {
      ...toDto(row),
      actorName: row.actorId ? (names.user?.[row.actorId] ?? null) : null,
      item:
        row.entityType && row.entityId
          ? {
              name: name ?? null,
              gone,
              href: gone ? null : itemHref(actor, row.entityType, row.entityId),
            }
          : null,
    };
  });
}

/** Audit ids are decimal numbers: any other cursor shows the first page. */
function cursorOf(request: KeysetRequest): KeysetRequest {
  if (request.kind === "after" || request.kind === "before") {
    return /^\d{1,18}$/.test(request.id) ? request : { kind: "first" };
  }
  return request;
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

/**
 * Entity types that occur in the log, for the filter's choices. The log grows by every write and
 * sign-in, and holds a handful of types: a loose index scan on ("entityType", "entityId") reads
 * one index entry per type (under 1 ms at 100,000 entries), where Prisma's `distinct` fetched
 * every row and dropped the repeats in Node (and SELECT DISTINCT reads the whole index).
 */
export async function auditEntityTypes(actor: Actor): Promise<string[]> {
  authorize(actor, "view", { type: "auditLog" });
  const rows = await prisma.$queryRaw<{ entityType: string }[]>`
    WITH RECURSIVE types AS (
      (SELECT "entityType" FROM "AuditLog" WHERE "entityType" IS NOT NULL
       ORDER BY "entityType" LIMIT 1)
      UNION ALL
      SELECT (SELECT a."entityType" FROM "AuditLog" a WHERE a."entityType" > types."entityType"
              ORDER BY a."entityType" LIMIT 1)
      FROM types WHERE types."entityType" IS NOT NULL
    )
    SELECT "entityType" FROM types WHERE "entityType" IS NOT NULL`;
  return rows.map((row) => row.entityType);
}
