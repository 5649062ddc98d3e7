import "server-only";
import { FieldProblems, isSlugTaken } from "@/lib/actions/content-editor/reference-checks";
import type { Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { CountryCreateInput, CountryFields } from "@/lib/validation/country";

/** Creates a country; its code is its key and cannot change afterwards. */
export async function createCountryRow(tx: Tx, input: CountryCreateInput): Promise<{ id: string }> {
  const problems = new FieldProblems();
  if ((await tx.country.count({ where: { code: input.code } })) > 0) {
    problems.add("code", "countryCodeTaken");
  }
  if (await isSlugTaken(tx, "country", input.slug, null)) problems.add("slug", "slugTaken");
  problems.throwIfAny();
  const row = await tx.country.create({
    data: { code: input.code, slug: input.slug, name: input.name },
    select: { code: true },
  });
  return { id: row.code };
}

export async function updateCountryRow(tx: Tx, input: CountryFields, code: string): Promise<void> {
  const problems = new FieldProblems();
  if (await isSlugTaken(tx, "country", input.slug, code)) problems.add("slug", "slugTaken");
  problems.throwIfAny();
  await tx.country.update({ where: { code }, data: { slug: input.slug, name: input.name } });
}

/** Everything that names the country: deleting it would break or silently change all of it. */
export async function countryUsage(code: string): Promise<number> {
  const counts = await prisma.country.findUnique({
    where: { code },
    select: {
      _count: {
        select: {
          prisoners: true,
          cases: true,
          articles: true,
          facilities: true,
          events: true,
          affiliations: true,
          publications: true,
          letters: true,
          notableSignatories: true,
        },
      },
    },
  });
  return counts ? Object.values(counts._count).reduce((sum, count) => sum + count, 0) : 0;
}
