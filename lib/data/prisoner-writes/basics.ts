import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { createContent, type Tx, type WriteContext } from "@/lib/content-store";
import { InvalidFieldsError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisonerCoreColumns } from "@/lib/validation/prisoner";
import type { PrisonerBasics, PrisonerBasicsUpdate } from "@/lib/validation/prisoner-basics";
import { jsonOrDbNull } from "./json-columns";
import { savePrisonerTab } from "./save-prisoner-tab";

/** Creates a draft profile from the "Basics" form (revision 1 and its audit row with it). */
export function createPrisonerProfile(
  actor: Actor,
  input: PrisonerBasics,
  context: WriteContext,
): Promise<{ id: string; version: number }> {
  return createContent(actor, {
    type: "prisoner",
    create: (tx) => writePrisonerBasics(tx, input, null),
    context,
  });
}

/** Saves the "Basics" tab: one updateContent (revision, audit, conflict check) per save. */
export function savePrisonerBasics(
  actor: Actor,
  input: PrisonerBasicsUpdate,
  context: WriteContext,
): Promise<{ version: number }> {
  return savePrisonerTab(actor, input, context, async ({ tx, current }) => {
    await writePrisonerBasics(tx, input, {
      id: input.id,
      status: typeof current.status === "string" ? current.status : null,
    });
  });
}

/**
 * Writes the "Basics" tab of a profile inside a content-store transaction: the row's columns,
 * tags and affiliations (with the person's role in each), the review stamp, and a status-history entry when the status changes.
 * References the schema cannot check (country, photo, tags, affiliations, a free slug) are
 * checked here and reported on their fields.
 */
async function writePrisonerBasics(
  tx: Tx,
  input: PrisonerBasics,
  existing: { id: string; status: string | null } | null,
): Promise<{ id: string }> {
  await checkReferences(tx, input, existing?.id ?? null);
  const columns = prisonerCoreColumns(input);
  const data = {
    ...columns,
    region: jsonOrDbNull(columns.region),
    occupation: jsonOrDbNull(columns.occupation),
    biography: jsonOrDbNull(Object.keys(input.biography).length > 0 ? input.biography : null),
    photoId: input.photoId,
    redactedFields: input.redactedFields,
    ...(input.markReviewed ? { lastReviewedAt: new Date() } : {}),
  };

  let id: string;
  if (existing) {
    id = existing.id;
    await tx.prisoner.update({ where: { id }, data });
  } else {
    id = (await tx.prisoner.create({ data, select: { id: true } })).id;
  }

  if (existing && existing.status === input.status) {
    // Same status: "status since" is the date of the latest history entry, so they stay equal.
    const latest = await tx.prisonerStatusChange.findFirst({
      where: { prisonerId: id },
      orderBy: [{ effectiveOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      select: { id: true },
    });
    if (latest) {
      await tx.prisonerStatusChange.update({
        where: { id: latest.id },
        data: {
          effectiveOn: columns.statusSince,
          effectiveOnPrecision: columns.statusSincePrecision,
        },
      });
    }
  } else {
    await tx.prisonerStatusChange.create({
      data: {
        prisonerId: id,
        status: input.status,
        effectiveOn: columns.statusSince,
        effectiveOnPrecision: columns.statusSincePrecision,
        note:
          Object.keys(input.statusNote).length > 0
            ? (input.statusNote as Prisma.InputJsonValue)
            : undefined,
      },
    });
  }

  await tx.prisonerTag.deleteMany({ where: { prisonerId: id, tagId: { notIn: input.tagIds } } });
  if (input.tagIds.length > 0) {
    await tx.prisonerTag.createMany({
      data: input.tagIds.map((tagId) => ({ prisonerId: id, tagId })),
      skipDuplicates: true,
    });
  }
  await tx.prisonerAffiliation.deleteMany({
    where: { prisonerId: id, affiliationId: { notIn: input.affiliationIds } },
  });
  for (const affiliationId of input.affiliationIds) {
    const typed = input.affiliationRoles[affiliationId];
    const role = jsonOrDbNull(typed && Object.keys(typed).length > 0 ? typed : null);
    await tx.prisonerAffiliation.upsert({
      where: { prisonerId_affiliationId: { prisonerId: id, affiliationId } },
      create: { prisonerId: id, affiliationId, role },
      update: { role },
    });
  }
  return { id };
}

async function checkReferences(tx: Tx, input: PrisonerBasics, id: string | null): Promise<void> {
  const errors: Record<string, string> = {};
  const [slugOwner, country, photo, tags, affiliations] = await Promise.all([
    tx.prisoner.findUnique({ where: { slug: input.slug }, select: { id: true } }),
    tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }),
    input.photoId
      ? tx.mediaAsset.findFirst({
          where: { id: input.photoId, kind: "IMAGE" },
          select: { id: true },
        })
      : null,
    tx.tag.count({ where: { id: { in: input.tagIds } } }),
    tx.affiliation.count({ where: { id: { in: input.affiliationIds } } }),
  ]);
  if (slugOwner && slugOwner.id !== id) errors.slug = "slugTaken";
  if (!country) errors.countryCode = "countryInvalid";
  if (input.photoId && !photo) errors.photoId = "invalidValue";
  if (tags !== input.tagIds.length) errors.tagIds = "invalidValue";
  if (affiliations !== input.affiliationIds.length) errors.affiliationIds = "invalidValue";
  if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);
}
