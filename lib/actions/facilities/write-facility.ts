import "server-only";
import {
  countryExists,
  FieldProblems,
  isSlugTaken,
  optionalJson,
} from "@/lib/actions/content-editor/reference-checks";
import type { Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { FacilityInput } from "@/lib/validation/facility";

/** Writes a facility's row inside a content-store transaction; `id` is null when creating. */
export async function writeFacility(
  tx: Tx,
  input: FacilityInput,
  id: string | null,
): Promise<{ id: string }> {
  const problems = new FieldProblems();
  if (await isSlugTaken(tx, "facility", input.slug, id)) problems.add("slug", "slugTaken");
  if (!(await countryExists(tx, input.countryCode))) problems.add("countryCode", "countryUnknown");
  problems.throwIfAny();
  const data = {
    slug: input.slug,
    name: input.name,
    kind: input.kind,
    countryCode: input.countryCode,
    region: optionalJson(input.region),
    postalAddress: input.postalAddress,
    addressNotes: optionalJson(input.addressNotes),
  };
  if (id) {
    await tx.facility.update({ where: { id }, data });
    return { id };
  }
  return tx.facility.create({ data, select: { id: true } });
}

/** Detentions in the facility (the database refuses to delete it while they exist). */
export async function facilityUsage(id: string): Promise<number> {
  return prisma.detention.count({ where: { facilityId: id } });
}
