import "server-only";
import { FieldProblems, isSlugTaken, optionalJson } from "@/lib/data/write-checks";
import type { Actor } from "@/lib/auth/policy";
import { createContent, updateContent, type Tx, type WriteContext } from "@/lib/content-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PublicationInput } from "@/lib/validation/publication";

/** A publication's edit form: the publication, and the version it was edited on. */
type PublicationEdit = PublicationInput & { id: string; expectedVersion: number };

/** Creates a draft publication (revision 1 and an audit row in the same transaction). */
export function createPublicationDraft(
  actor: Actor,
  input: PublicationInput,
  context: WriteContext,
): Promise<{ id: string; version: number }> {
  return createContent(actor, {
    type: "publication",
    create: (tx) => writePublication(tx, input, null),
    summary: "created",
    context,
  });
}

/**
 * Saves a publication edited on version `expectedVersion`: refused with a ConflictError (what
 * the other person changed) when it moved on since, written with a revision and an audit row
 * otherwise.
 */
export function savePublicationEdit(
  actor: Actor,
  input: PublicationEdit,
  context: WriteContext,
): Promise<{ version: number }> {
  return updateContent(actor, {
    type: "publication",
    id: input.id,
    expectedVersion: input.expectedVersion,
    apply: async (tx) => {
      await writePublication(tx, input, input.id);
    },
    context,
  });
}

/**
 * Writes a publication and its links (countries, prisoners, attachments, cover) inside a
 * content-store transaction; `id` is null when creating. The workflow state is not touched:
 * moving it is transitionContent's job, with its own permission. Attachments keep their ids
 * across saves, so the history shows an edited title as an edit, not as a new file.
 */
async function writePublication(
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
