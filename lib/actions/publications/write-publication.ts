import "server-only";
import {
  FieldProblems,
  isSlugTaken,
  optionalJson,
} from "@/lib/actions/content-editor/reference-checks";
import type { Tx } from "@/lib/content-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationInput } from "@/lib/validation/publication";

/**
 * Writes a publication and its links (countries, prisoners, attachments, cover) inside a
 * content-store transaction; `id` is null when creating. The workflow state is not touched:
 * moving it is transitionContent's job, with its own permission. Attachments keep their ids
 * across saves, so the history shows an edited title as an edit, not as a new file.
 */
export async function writePublication(
  tx: Tx,
  input: PublicationInput,
  id: string | null,
): Promise<{ id: string }> {
  await checkReferences(tx, input, id);
  const data = {
    type: input.type,
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    body: input.body as Prisma.InputJsonValue,
    publishedOn: input.publishedOn?.date ?? null,
    coverImageId: input.coverImageId,
  };
  const publicationId = id
    ? (await tx.publication.update({ where: { id }, data, select: { id: true } })).id
    : (await tx.publication.create({ data, select: { id: true } })).id;

  await tx.publicationCountry.deleteMany({
    where: { publicationId, countryCode: { notIn: input.countryCodes } },
  });
  await tx.publicationCountry.createMany({
    data: input.countryCodes.map((countryCode) => ({ publicationId, countryCode })),
    skipDuplicates: true,
  });
  await tx.publicationPrisoner.deleteMany({
    where: { publicationId, prisonerId: { notIn: input.prisonerIds } },
  });
  await tx.publicationPrisoner.createMany({
    data: input.prisonerIds.map((prisonerId) => ({ publicationId, prisonerId })),
    skipDuplicates: true,
  });
  await writeAttachments(tx, publicationId, input.attachments);
  return { id: publicationId };
}

async function writeAttachments(
  tx: Tx,
  publicationId: string,
  rows: PublicationInput["attachments"],
): Promise<void> {
  const kept = rows.filter((row) => row !== null);
  const existing = await tx.publicationAttachment.findMany({
    where: { publicationId },
    select: { id: true },
  });
  const existingIds = new Set(existing.map((row) => row.id));
  const keptIds = kept.map((row) => row.id).filter((rowId) => rowId && existingIds.has(rowId));
  await tx.publicationAttachment.deleteMany({
    where: { publicationId, id: { notIn: keptIds as string[] } },
  });
  for (const [position, row] of kept.entries()) {
    const data = { assetId: row.assetId, title: optionalJson(row.title), position };
    if (row.id && existingIds.has(row.id)) {
      await tx.publicationAttachment.update({ where: { id: row.id }, data });
    } else {
      await tx.publicationAttachment.create({ data: { ...data, publicationId } });
    }
  }
}

async function checkReferences(tx: Tx, input: PublicationInput, id: string | null): Promise<void> {
  const problems = new FieldProblems();
  if (await isSlugTaken(tx, "publication", input.slug, id)) problems.add("slug", "slugTaken");

  const countries = await tx.country.count({ where: { code: { in: input.countryCodes } } });
  if (countries !== input.countryCodes.length) problems.add("countryCodes", "countryUnknown");

  const prisoners = await tx.prisoner.count({ where: { id: { in: input.prisonerIds } } });
  if (prisoners !== input.prisonerIds.length) problems.add("prisonerIds", "prisonerUnknown");

  if (input.coverImageId) {
    const cover = await tx.mediaAsset.count({ where: { id: input.coverImageId, kind: "IMAGE" } });
    if (cover === 0) problems.add("coverImageId", "coverUnknown");
  }

  const assetIds = input.attachments.flatMap((row) => (row ? [row.assetId] : []));
  const pdfs = await tx.mediaAsset.findMany({
    where: { id: { in: assetIds }, kind: "PDF" },
    select: { id: true },
  });
  const found = new Set(pdfs.map((asset) => asset.id));
  input.attachments.forEach((row, index) => {
    if (row && !found.has(row.assetId)) {
      problems.add(`attachments.${index}.assetId`, "attachmentUnknown");
    }
  });
  problems.throwIfAny();
}
