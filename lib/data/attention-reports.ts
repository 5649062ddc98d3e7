import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import type { AttentionReportsBlock } from "@/lib/data/attention";
import { ATTENTION_LIST_LIMIT, type AttentionOptions } from "@/lib/data/attention-windows";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveLocalizedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { dashboardRoutes } from "@/lib/routes";

/** The dashboard home's block of inaccuracy reports nobody has closed yet: unassigned ones first, then the oldest. */
export async function getOpenReports(
  actor: Actor,
  locale: Locale,
  { limit = ATTENTION_LIST_LIMIT }: AttentionOptions = {},
): Promise<AttentionReportsBlock | null> {
  const resource = { type: "inaccuracyReport" } as const;
  if (!can(actor, "assign", resource) && !can(actor, "resolve", resource)) return null;

  const open = { status: { in: ["OPEN", "ASSIGNED"] } } satisfies Prisma.InaccuracyReportWhereInput;
  const listed = (where: Prisma.InaccuracyReportWhereInput) =>
    prisma.inaccuracyReport.findMany({
      where: { ...open, ...where },
      select: {
        id: true,
        createdAt: true,
        assigneeId: true,
        assignee: { select: { name: true } },
        prisoner: { select: { name: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
    });
  // Two short lists rather than one sort on "is assigned", which Prisma cannot express.
  const [count, unassigned, assignedToMe, unassignedRows, assignedRows] = await Promise.all([
    prisma.inaccuracyReport.count({ where: open }),
    prisma.inaccuracyReport.count({ where: { ...open, assigneeId: null } }),
    prisma.inaccuracyReport.count({ where: { ...open, assigneeId: actor.id } }),
    listed({ assigneeId: null }),
    listed({ assigneeId: { not: null } }),
  ]);

  const items = [...unassignedRows, ...assignedRows].slice(0, limit).map((row) => ({
    id: row.id,
    prisonerName: resolveLocalizedText(row.prisoner.name, locale),
    receivedAt: row.createdAt.toISOString(),
    assigneeName: row.assignee?.name ?? null,
    assignedToMe: row.assigneeId === actor.id,
    href: dashboardRoutes.report(row.id),
  }));
  return { count, unassigned, assignedToMe, items };
}
