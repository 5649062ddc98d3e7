import "server-only";
import type { Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { ReferenceTypeDescriptor } from "@/lib/reference-types";

type Row = Record<string, unknown>;

/**
 * The part of a reference type's Prisma delegate (prisma.tag, prisma.country …) the generic reads
 * and writes use. Each descriptor names its model; the delegates differ only in their row types,
 * which the descriptors' field lists stand for here.
 */
export interface ReferenceRows {
  count(args: { where: Row }): Promise<number>;
  findMany(args: Row): Promise<Row[]>;
  findUnique(args: Row): Promise<Row | null>;
  findFirst(args: Row): Promise<Row | null>;
  create(args: { data: Row; select: Row }): Promise<Row>;
  update(args: { where: Row; data: Row }): Promise<unknown>;
}

export function referenceRows(
  descriptor: ReferenceTypeDescriptor,
  client: Tx = prisma,
): ReferenceRows {
  return client[descriptor.type as keyof Tx] as unknown as ReferenceRows;
}

/** `_count` selection of the relations named. */
export function countSelect(relations: readonly string[]): { select: Record<string, true> } {
  return { select: Object.fromEntries(relations.map((relation) => [relation, true])) };
}

/** The sum of a row's `_count` (rows of every kind that refer to the item). */
export function countSum(row: Row): number {
  const counts = (row._count ?? {}) as Record<string, number>;
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** How many rows refer to the item: deleting it is refused while there are any. */
export async function referenceItemUsage(
  descriptor: ReferenceTypeDescriptor,
  key: string,
): Promise<number> {
  const row = await referenceRows(descriptor).findUnique({
    where: { [descriptor.key]: key },
    select: { _count: countSelect(descriptor.usage.relations) },
  });
  return row ? countSum(row) : 0;
}
