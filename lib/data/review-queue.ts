import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { pageWindow, type PageSlice } from "@/lib/data/page-window";
import { prisma } from "@/lib/db";
import { Prisma, type EventType } from "@/lib/generated/prisma/client";
import { dashboardRoutes } from "@/lib/routes";

/** What the review queue lists: the types with a review step (letters go from draft to public). */
export type ReviewItemKind = "prisoner" | "publication" | "event";

/** One item waiting for an editor's decision: a compact row; the decision is on its own page. */
export interface ReviewItemDto {
  type: ReviewItemKind;
  id: string;
  version: number;
  /** Who created the item. */
  authorName: string | null;
  /** LocalizedText of the item's name or title (null for an event without a headline). */
  title: Prisma.JsonValue;
  /** For events: their type, which names them when they have no title. */
  eventType: EventType | null;
  /** The item's page, where its workflow form is (an event's: its first prisoner's timeline). */
  href: string;
  /** Dashboard preview of the public page, for the kinds that have one. */
  previewHref: string | null;
  historyHref: string | null;
  /** Who submitted it for review (from the audit log), else null. */
  submittedBy: string | null;
  /** When it entered review (ISO): its last change, which the submission is. */
  submittedAt: string;
}

/** Newest submission first (the default: what was sent last is on page 1), or oldest first. */
export type ReviewQueueOrder = "newest" | "oldest";

export interface ReviewQueueDto extends PageSlice {
  items: ReviewItemDto[];
  order: ReviewQueueOrder;
  /** Profiles and publications in review: what "select all matching" moves (not events). */
  movableTotal: number;
}

export const REVIEW_QUEUE_PAGE_SIZE = 25;

/**
 * One page of everything in review, across the kinds the actor may publish. The queue grows to a
 * few thousand items at most (what waits for an editor), so numbered pages with an OFFSET over
 * one UNION of the three tables stay cheap; the page's rows are then read with their titles and
 * submitters. Publishing from it is checked again per item by the workflow action.
 */
export async function listReviewQueue(
  actor: Actor,
  { page, order = "newest" }: { page?: number; order?: ReviewQueueOrder },
  pageSize: number = REVIEW_QUEUE_PAGE_SIZE,
): Promise<ReviewQueueDto> {
  authorize(actor, "view", { type: "dashboard" });
  const prisoners = can(actor, "publish", { type: "prisoner", state: "IN_REVIEW" });
  const publications = can(actor, "publish", { type: "publication", state: "IN_REVIEW" });
  // Events are edited on a prisoner's timeline: the prisoner rule decides (as on the home page).
  const parts: Prisma.Sql[] = [];
  if (prisoners) {
    parts.push(
      Prisma.sql`SELECT 'prisoner' AS kind, "id", "updatedAt" FROM "Prisoner" WHERE "state" = 'IN_REVIEW'`,
    );
    parts.push(
      Prisma.sql`SELECT 'event' AS kind, "id", "updatedAt" FROM "Event" WHERE "state" = 'IN_REVIEW'`,
    );
  }
  if (publications) {
    parts.push(
      Prisma.sql`SELECT 'publication' AS kind, "id", "updatedAt" FROM "Publication" WHERE "state" = 'IN_REVIEW'`,
    );
  }
  if (parts.length === 0) {
    return { items: [], order, total: 0, movableTotal: 0, page: 1, pageCount: 1, pageSize };
  }

  const inReview = { state: "IN_REVIEW" } as const;
  const counts = await Promise.all([
    prisoners ? prisma.prisoner.count({ where: inReview }) : 0,
    prisoners ? prisma.event.count({ where: inReview }) : 0,
    publications ? prisma.publication.count({ where: inReview }) : 0,
  ]);
  const window = pageWindow(
    counts.reduce((sum, n) => sum + n, 0),
    page,
    pageSize,
  );
  // The direction is one of two constants, never input.
  const direction = Prisma.raw(order === "oldest" ? "ASC" : "DESC");
  const keys = await prisma.$queryRaw<{ kind: ReviewItemKind; id: string; updatedAt: Date }[]>`
    SELECT kind, "id", "updatedAt" FROM (${Prisma.join(parts, " UNION ALL ")}) AS queue
    ORDER BY "updatedAt" ${direction}, "id" ${direction}
    LIMIT ${window.take} OFFSET ${window.skip}`;
  const { total, page: shown, pageCount } = window;
  const movableTotal = counts[0] + counts[2];
  return {
    items: await describe(keys),
    order,
    total,
    movableTotal,
    page: shown,
    pageCount,
    pageSize,
  };
}

/** The rows of one page with their titles, links and submitters, in the page's order. */
async function describe(
  keys: { kind: ReviewItemKind; id: string; updatedAt: Date }[],
): Promise<ReviewItemDto[]> {
  const common = { version: true, createdBy: { select: { name: true } } } as const;
  const idsOf = (kind: ReviewItemKind) => keys.filter((key) => key.kind === kind).map((k) => k.id);
  const [prisoners, publications, events, submissions] = await Promise.all([
    prisma.prisoner.findMany({
      where: { id: { in: idsOf("prisoner") } },
      select: { id: true, name: true, ...common },
    }),
    prisma.publication.findMany({
      where: { id: { in: idsOf("publication") } },
      select: { id: true, title: true, ...common },
    }),
    prisma.event.findMany({
      where: { id: { in: idsOf("event") } },
      select: {
        id: true,
        title: true,
        type: true,
        ...common,
        prisoners: { select: { prisonerId: true }, take: 1, orderBy: { prisonerId: "asc" } },
      },
    }),
    prisma.auditLog.findMany({
      where: {
        OR: (["prisoner", "publication", "event"] as const).map((kind) => ({
          action: `${kind}.submitForReview`,
          entityId: { in: idsOf(kind) },
        })),
      },
      orderBy: { id: "desc" },
      select: { entityId: true, actorId: true, actorEmail: true },
    }),
  ]);
  const users = await prisma.user.findMany({
    where: { id: { in: submissions.flatMap((s) => (s.actorId ? [s.actorId] : [])) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  // The latest submission of each item (the audit rows are newest first).
  const submitterOf = new Map<string, string | null>();
  for (const s of submissions) {
    if (s.entityId && !submitterOf.has(s.entityId)) {
      submitterOf.set(s.entityId, (s.actorId && nameOf.get(s.actorId)) || s.actorEmail);
    }
  }
  const prisonerById = new Map(prisoners.map((row) => [row.id, row]));
  const publicationById = new Map(publications.map((row) => [row.id, row]));
  const eventById = new Map(events.map((row) => [row.id, row]));

  return keys.flatMap((key): ReviewItemDto[] => {
    const base = {
      type: key.kind,
      id: key.id,
      submittedBy: submitterOf.get(key.id) ?? null,
      submittedAt: key.updatedAt.toISOString(),
    };
    if (key.kind === "event") {
      const event = eventById.get(key.id);
      if (!event) return [];
      const prisonerId = event.prisoners[0]?.prisonerId;
      return [
        {
          ...base,
          version: event.version,
          authorName: event.createdBy?.name ?? null,
          title: event.title,
          eventType: event.type,
          href: prisonerId
            ? dashboardRoutes.prisonerTab(prisonerId, "timeline")
            : dashboardRoutes.review(),
          previewHref: null,
          historyHref: null,
        },
      ];
    }
    const prisoner = key.kind === "prisoner" ? prisonerById.get(key.id) : undefined;
    const publication = key.kind === "publication" ? publicationById.get(key.id) : undefined;
    const row = prisoner ?? publication;
    // A row deleted between the two reads is left out rather than shown half.
    if (!row) return [];
    return [
      {
        ...base,
        version: row.version,
        authorName: row.createdBy?.name ?? null,
        title: prisoner ? prisoner.name : (publication?.title ?? null),
        eventType: null,
        href: dashboardRoutes.edit(key.kind, key.id),
        previewHref: dashboardRoutes.preview(key.kind, key.id),
        historyHref: dashboardRoutes.history(key.kind, key.id),
      },
    ];
  });
}
