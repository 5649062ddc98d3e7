import "server-only";
import {
  countryExists,
  FieldProblems,
  isSlugTaken,
  optionalJson,
} from "@/lib/actions/content-editor/reference-checks";
import type { Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { AffiliationInput } from "@/lib/validation/affiliation";

/** Writes an affiliation's row inside a content-store transaction; `id` is null when creating. */
export async function writeAffiliation(
  tx: Tx,
  input: AffiliationInput,
  id: string | null,
): Promise<{ id: string }> {
  const problems = new FieldProblems();
  if (await isSlugTaken(tx, "affiliation", input.slug, id)) problems.add("slug", "slugTaken");
  if (input.countryCode && !(await countryExists(tx, input.countryCode))) {
    problems.add("countryCode", "countryUnknown");
  }
  problems.throwIfAny();
  const data = {
    slug: input.slug,
    name: input.name,
    description: optionalJson(input.description),
    countryCode: input.countryCode,
  };
  if (id) {
    await tx.affiliation.update({ where: { id }, data });
    return { id };
  }
  return tx.affiliation.create({ data, select: { id: true } });
}

/** Profiles naming the affiliation: deleting it would silently take it off them. */
export async function affiliationUsage(id: string): Promise<number> {
  return prisma.prisonerAffiliation.count({ where: { affiliationId: id } });
}
