import type { Tx } from "../types";

/**
 * Which of the referenced rows still exist. A snapshot may name a tag, facility or source deleted
 * since; restoring skips those links instead of failing the whole restore.
 */
export async function existingIds(
  tx: Tx,
  model:
    | "tag"
    | "affiliation"
    | "facility"
    | "criminalCodeArticle"
    | "organisation"
    | "source"
    | "mediaAsset"
    | "prisoner"
    | "country",
  ids: string[],
): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  if (model === "country") {
    const found = await tx.country.findMany({
      where: { code: { in: unique } },
      select: { code: true },
    });
    return new Set(found.map((row) => row.code));
  }
  // Every other model is keyed by `id`; the delegates share findMany's shape for this query.
  const delegate = tx[model] as unknown as {
    findMany(args: {
      where: { id: { in: string[] } };
      select: { id: true };
    }): Promise<{ id: string }[]>;
  };
  const found = await delegate.findMany({ where: { id: { in: unique } }, select: { id: true } });
  return new Set(found.map((row) => row.id));
}
