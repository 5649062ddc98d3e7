import "server-only";
import { FieldProblems, isSlugTaken } from "@/lib/actions/content-editor/reference-checks";
import type { Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { TagInput } from "@/lib/validation/tag";

/** Writes a tag's row inside a content-store transaction; `id` is null when creating. */
export async function writeTag(
  tx: Tx,
  input: TagInput,
  id: string | null,
): Promise<{ id: string }> {
  const problems = new FieldProblems();
  if (await isSlugTaken(tx, "tag", input.slug, id)) problems.add("slug", "slugTaken");
  problems.throwIfAny();
  const data = { slug: input.slug, name: input.name };
  if (id) {
    await tx.tag.update({ where: { id }, data });
    return { id };
  }
  return tx.tag.create({ data, select: { id: true } });
}

/** Profiles carrying the tag: deleting it would silently take it off them. */
export async function tagUsage(id: string): Promise<number> {
  return prisma.prisonerTag.count({ where: { tagId: id } });
}
