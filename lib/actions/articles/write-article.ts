import "server-only";
import { countryExists, FieldProblems } from "@/lib/actions/content-editor/reference-checks";
import type { Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { CriminalCodeArticleInput } from "@/lib/validation/criminal-code-article";

/**
 * Writes a criminal code article inside a content-store transaction; `id` is null when creating.
 * Country, code, article and part are the natural key: a second article with the same key is
 * reported on the article number.
 */
export async function writeArticle(
  tx: Tx,
  input: CriminalCodeArticleInput,
  id: string | null,
): Promise<{ id: string }> {
  const problems = new FieldProblems();
  if (!(await countryExists(tx, input.countryCode))) {
    problems.add("countryCode", "countryUnknown");
  } else {
    const same = await tx.criminalCodeArticle.findUnique({
      where: {
        countryCode_code_article_part: {
          countryCode: input.countryCode,
          code: input.code,
          article: input.article,
          part: input.part,
        },
      },
      select: { id: true },
    });
    if (same && same.id !== id) problems.add("article", "articleTaken");
  }
  problems.throwIfAny();
  const data = {
    countryCode: input.countryCode,
    code: input.code,
    codeName: input.codeName,
    article: input.article,
    part: input.part,
    title: input.title,
  };
  if (id) {
    await tx.criminalCodeArticle.update({ where: { id }, data });
    return { id };
  }
  return tx.criminalCodeArticle.create({ data, select: { id: true } });
}

/** Charges citing the article (the database refuses to delete it while they exist). */
export async function articleUsage(id: string): Promise<number> {
  return prisma.charge.count({ where: { articleId: id } });
}
