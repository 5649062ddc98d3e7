import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor } from "@/lib/auth/policy";
import { revalidateContent } from "@/lib/data/cache";
import { authorize } from "@/lib/auth/session";
import { transitionContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidFieldsError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveLocalizedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import type { RequestContext } from "@/lib/security/request-context";
import { BULK_MAX_MATCHING } from "@/lib/validation/bulk";

/** The review queue's bulk decisions: publish, or return to draft with a note. */
export type ReviewBulkOp = "publish" | "return";

/** The kinds the queue can move in bulk (events are decided on their prisoner's timeline). */
const BULK_KINDS = ["prisoner", "publication"] as const;
type BulkKind = (typeof BULK_KINDS)[number];

/** One item to move, at the version the queue showed (or, for "all matching", read now). */
export interface ReviewBulkItem {
  type: BulkKind;
  id: string;
  version: number;
  title: Prisma.JsonValue;
}

/** Why one item of the batch was not moved. */
export type ReviewBulkFailureKind = "changed" | "forbidden" | "gone";

export interface ReviewBulkFailure {
  type: BulkKind;
  id: string;
  title: string;
  kind: ReviewBulkFailureKind;
}

const ITEM = /^(prisoner|publication):([a-z0-9-]{1,64}):(\d{1,9})$/;

function kindsFor(actor: Actor, op: ReviewBulkOp): BulkKind[] {
  const action = op === "publish" ? "publish" : "returnToDraft";
  return BULK_KINDS.filter((type) => can(actor, action, { type, state: "IN_REVIEW" }));
}

async function rowsOf(kind: BulkKind, where: Prisma.PrisonerWhereInput) {
  const select = { id: true, version: true } as const;
  if (kind === "prisoner") {
    const rows = await prisma.prisoner.findMany({
      where,
      select: { ...select, name: true },
      take: BULK_MAX_MATCHING + 1,
    });
    return rows.map((row) => ({ type: kind, id: row.id, version: row.version, title: row.name }));
  }
  const rows = await prisma.publication.findMany({
    where: where as Prisma.PublicationWhereInput,
    select: { ...select, title: true },
    take: BULK_MAX_MATCHING + 1,
  });
  return rows.map((row) => ({ type: kind, id: row.id, version: row.version, title: row.title }));
}

/**
 * The items a bulk decision will act on. "All matching" is everything in review of the kinds the
 * actor may move this way, at its current version (bounded: each item is its own transaction).
 * Ticked items keep the version the page showed, so that one changed since is reported rather
 * than overwritten; an entry naming no item, or a kind the actor may not move, is ignored and
 * audited.
 */
export async function resolveReviewSelection(
  actor: Actor,
  selection: { items: readonly string[]; allMatching: boolean; op: ReviewBulkOp },
  context: RequestContext = { ip: null, userAgent: null },
): Promise<ReviewBulkItem[]> {
  authorize(actor, "view", { type: "dashboard" });
  const kinds = kindsFor(actor, selection.op);
  if (kinds.length === 0) throw new ForbiddenError(selection.op, "reviewQueue");
  if (selection.allMatching) {
    const found = (
      await Promise.all(kinds.map((kind) => rowsOf(kind, { state: "IN_REVIEW" })))
    ).flat();
    if (found.length > BULK_MAX_MATCHING) throw new InvalidFieldsError({ all: "tooManyMatching" });
    return found;
  }
  const wanted = [...new Set(selection.items)].map((raw) => ({ raw, match: ITEM.exec(raw) }));
  const parsed = wanted.flatMap(({ match }) =>
    match && kinds.includes(match[1] as BulkKind)
      ? [{ type: match[1] as BulkKind, id: match[2]!, version: Number(match[3]) }]
      : [],
  );
  const existing = (
    await Promise.all(
      kinds.map((kind) =>
        rowsOf(kind, { id: { in: parsed.filter((p) => p.type === kind).map((p) => p.id) } }),
      ),
    )
  ).flat();
  const byKey = new Map(existing.map((row) => [`${row.type}:${row.id}`, row]));
  const items = parsed.flatMap((item) => {
    const row = byKey.get(`${item.type}:${item.id}`);
    return row ? [{ ...item, title: row.title }] : [];
  });
  const inScope = new Set(items.map((item) => `${item.type}:${item.id}:${item.version}`));
  const outOfScope = wanted.map((w) => w.raw).filter((raw) => !inScope.has(raw));
  if (outOfScope.length > 0) {
    await recordAudit(prisma, {
      actor,
      action: "review.bulk_out_of_scope",
      ...context,
      details: { op: selection.op, count: outOfScope.length, items: outOfScope.slice(0, 50) },
    });
  }
  return items;
}

/**
 * Publishes or returns the selection, item by item through the content store's transition (the
 * same write as the item's workflow form: policy on its current state, version check, revision
 * and audit row, one transaction each). An item changed since the page was loaded, no longer
 * movable or deleted is reported and the rest go on. The items' cache tags (many shared: the
 * directory, a country's list) are collected and revalidated once, after the last item, and
 * also when an unexpected error ends the batch early: what committed is never left stale.
 */
export async function moveReviewSelection(
  actor: Actor,
  selection: { items: readonly string[]; allMatching: boolean; op: ReviewBulkOp; note?: string },
  locale: Locale,
  context: RequestContext = { ip: null, userAgent: null },
): Promise<{ attempted: number; done: number; failures: ReviewBulkFailure[] }> {
  const items = await resolveReviewSelection(actor, selection, context);
  const to = selection.op === "publish" ? "PUBLISHED" : "DRAFT";
  const failures: ReviewBulkFailure[] = [];
  const tags = new Set<string>();
  try {
    for (const item of items)
      await moveOne(actor, item, { to, note: selection.note, context, tags }, locale, failures);
  } finally {
    revalidateContent(...tags);
  }
  return { attempted: items.length, done: items.length - failures.length, failures };
}

async function moveOne(
  actor: Actor,
  item: ReviewBulkItem,
  move: { to: "PUBLISHED" | "DRAFT"; note?: string; context: RequestContext; tags: Set<string> },
  locale: Locale,
  failures: ReviewBulkFailure[],
): Promise<void> {
  try {
    await transitionContent(actor, {
      type: item.type,
      id: item.id,
      expectedVersion: item.version,
      to: move.to,
      note: move.note,
      context: move.context,
      collectTags: move.tags,
    });
  } catch (error) {
    const kind: ReviewBulkFailureKind | null =
      error instanceof ConflictError
        ? "changed"
        : error instanceof ForbiddenError
          ? "forbidden"
          : error instanceof NotFoundError
            ? "gone"
            : null;
    if (!kind) throw error;
    const title = resolveLocalizedText(item.title, locale)?.text ?? item.id;
    failures.push({ type: item.type, id: item.id, title, kind });
  }
}
