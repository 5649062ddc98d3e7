import "server-only";
import { FieldProblems, isSlugTaken } from "@/lib/actions/content-editor/reference-checks";
import type { Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { OrganisationInput } from "@/lib/validation/organisation";

/** Writes an organisation's row inside a content-store transaction; `id` is null when creating. */
export async function writeOrganisation(
  tx: Tx,
  input: OrganisationInput,
  id: string | null,
): Promise<{ id: string }> {
  const problems = new FieldProblems();
  if (await isSlugTaken(tx, "organisation", input.slug, id)) problems.add("slug", "slugTaken");
  problems.throwIfAny();
  const data = { slug: input.slug, name: input.name, kind: input.kind, url: input.url };
  if (id) {
    await tx.organisation.update({ where: { id }, data });
    return { id };
  }
  return tx.organisation.create({ data, select: { id: true } });
}

/** Recognitions by the organisation (the database refuses to delete it while they exist). */
export async function organisationUsage(id: string): Promise<number> {
  return prisma.recognition.count({ where: { organisationId: id } });
}
