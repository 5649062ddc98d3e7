import "server-only";
import { can, type Actor, type ContentType } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One item waiting for an editor's decision. */
export interface ReviewItemDto {
  type: ContentType;
  id: string;
  /** LocalizedText of the item's name or title. */
  title: Prisma.JsonValue;
  version: number;
  /** Who created the item. */
  authorName: string | null;
  /** Who submitted it for review and when (ISO), from the audit log. */
  submittedBy: string | null;
  submittedAt: string;
}

/** Content types with a review step (letters go from draft straight to public). */
const REVIEWED_TYPES = ["prisoner", "publication"] as const satisfies readonly ContentType[];
type ReviewedType = (typeof REVIEWED_TYPES)[number];

const MAX_ITEMS_PER_TYPE = 500;

/**
 * Everything in review, oldest submission first, across the content types the actor may view.
 * Any staff member may look at the queue; publishing from it is checked per item by the workflow.
 */
export async function getReviewQueue(actor: Actor): Promise<ReviewItemDto[]> {
  authorize(actor, "view", { type: "dashboard" });
  const items: ReviewItemDto[] = [];
  for (const type of REVIEWED_TYPES) {
    if (!can(actor, "view", { type })) continue;
    const rows = await inReview(type);
    if (rows.length === 0) continue;
    const submissions = await prisma.auditLog.findMany({
      where: {
        action: `${type}.submitForReview`,
        entityId: { in: rows.map((row) => row.id) },
      },
      orderBy: { id: "desc" },
      select: { entityId: true, actorId: true, actorEmail: true, at: true },
    });
    const submitters = await prisma.user.findMany({
      where: { id: { in: submissions.flatMap((s) => (s.actorId ? [s.actorId] : [])) } },
      select: { id: true, name: true },
    });
    const nameOf = new Map(submitters.map((user) => [user.id, user.name]));
    for (const row of rows) {
      // The latest submission of this item (the list is newest first).
      const submission = submissions.find((s) => s.entityId === row.id);
      items.push({
        type,
        id: row.id,
        title: row.title,
        version: row.version,
        authorName: row.createdBy?.name ?? null,
        submittedBy: submission
          ? ((submission.actorId && nameOf.get(submission.actorId)) ?? submission.actorEmail)
          : null,
        submittedAt: (submission?.at ?? row.updatedAt).toISOString(),
      });
    }
  }
  return items.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

async function inReview(type: ReviewedType) {
  const common = {
    where: { state: "IN_REVIEW" as const },
    orderBy: { updatedAt: "asc" as const },
    take: MAX_ITEMS_PER_TYPE,
  };
  const select = {
    id: true,
    version: true,
    updatedAt: true,
    createdBy: { select: { name: true } },
  };
  if (type === "prisoner") {
    const rows = await prisma.prisoner.findMany({ ...common, select: { ...select, name: true } });
    return rows.map(({ name, ...row }) => ({ ...row, title: name }));
  }
  return prisma.publication.findMany({ ...common, select: { ...select, title: true } });
}
