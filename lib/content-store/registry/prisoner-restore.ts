import type { Prisma } from "@/lib/generated/prisma/client";
import { columns, json, jsonOrNull, rows } from "../snapshot-json";
import type { Snapshot, SnapshotValue, Tx } from "../types";
import { citedSourceIds, restoreCitations } from "./citations";
import { existingIds } from "./existing-ids";

/** Names of related rows copied into the snapshot for display only; never written back. */
const DISPLAY_ONLY = ["article", "facility", "organisation", "tag", "affiliation", "source"];

/** Prisoner columns a restore writes back. State and publishedAt stay: restoring is an edit, not a transition. */
const RESTORED_COLUMNS = [
  "slug",
  "name",
  "sortName",
  "gender",
  "birthYear",
  "birthDate",
  "citizenships",
  "countryCode",
  "region",
  "roles",
  "occupation",
  "status",
  "statusSince",
  "statusSincePrecision",
  "arrestedOn",
  "arrestedOnPrecision",
  "summary",
  "biography",
  "photoId",
  "redactedFields",
  "lastReviewedAt",
  "lettersArrive",
  "lettersCheckedOn",
] as const;

const NULLABLE_JSON = new Set(["region", "occupation", "biography"]);
const REQUIRED_JSON = new Set(["name", "summary"]);

/**
 * Rewrites the profile and replaces its child rows from a snapshot of the same profile. Rows the
 * snapshot names that are gone since (a source, an article, a facility, a tag ...) are left out
 * rather than failing the restore.
 */
export async function restorePrisonerSnapshot(
  tx: Tx,
  id: string,
  snapshot: Snapshot,
): Promise<void> {
  await restorePrisonerRow(tx, id, snapshot);
  const sources = await existingIds(tx, "source", citedSourceIds(snapshot));
  await deleteChildRows(tx, id);
  await restoreCitations(tx, { prisonerId: id }, snapshot, sources);
  await restoreNamesAndStatus(tx, id, snapshot, sources);
  await restoreCases(tx, id, rows(snapshot, "cases"), sources);
  await restoreDetentions(tx, id, rows(snapshot, "detentions"), sources);
  await restorePolitical(tx, id, snapshot, sources);
  await restoreTagsAndAffiliations(tx, id, snapshot);
  await restoreEvents(tx, id, rows(snapshot, "events"), sources);
  await restoreInternal(tx, id, snapshot.internal);
}

async function restorePrisonerRow(tx: Tx, id: string, snapshot: Snapshot): Promise<void> {
  const data: Record<string, unknown> = {};
  for (const key of RESTORED_COLUMNS) {
    // A revision recorded before a column existed (lettersArrive, ...) does not name it: the
    // profile keeps its current value rather than a NULL the column may not accept.
    if (!(key in snapshot)) continue;
    const value = snapshot[key];
    if (NULLABLE_JSON.has(key)) data[key] = jsonOrNull(value);
    else if (REQUIRED_JSON.has(key)) data[key] = json(value);
    else data[key] = value ?? null;
  }
  if (data.photoId) {
    const photos = await existingIds(tx, "mediaAsset", [String(data.photoId)]);
    if (!photos.has(String(data.photoId))) data.photoId = null;
  }
  await tx.prisoner.update({
    where: { id },
    data: data as Prisma.PrisonerUncheckedUpdateInput,
  });
}

async function deleteChildRows(tx: Tx, id: string): Promise<void> {
  // Replace the child rows. Deleting a case sets its events' caseId to NULL; the events are
  // rewritten below with the caseId of the snapshot, after the cases are back under the same ids.
  await tx.citation.deleteMany({ where: { prisonerId: id } });
  await tx.nameVariant.deleteMany({ where: { prisonerId: id } });
  await tx.prisonerStatusChange.deleteMany({ where: { prisonerId: id } });
  await tx.case.deleteMany({ where: { prisonerId: id } });
  await tx.detention.deleteMany({ where: { prisonerId: id } });
  await tx.criterionAssessment.deleteMany({ where: { prisonerId: id } });
  await tx.recognition.deleteMany({ where: { prisonerId: id } });
  await tx.prisonerTag.deleteMany({ where: { prisonerId: id } });
  await tx.prisonerAffiliation.deleteMany({ where: { prisonerId: id } });
}

async function restoreNamesAndStatus(
  tx: Tx,
  id: string,
  snapshot: Snapshot,
  sources: Set<string>,
): Promise<void> {
  const variants = rows(snapshot, "nameVariants").map((variant) => ({
    ...(variant as object),
    prisonerId: id,
  })) as Prisma.NameVariantCreateManyInput[];
  if (variants.length > 0) await tx.nameVariant.createMany({ data: variants });

  for (const change of rows(snapshot, "statusChanges")) {
    await tx.prisonerStatusChange.create({
      data: {
        ...(columns(change, "citations") as object),
        note: jsonOrNull(change.note),
        prisonerId: id,
      } as Prisma.PrisonerStatusChangeUncheckedCreateInput,
    });
    await restoreCitations(tx, { statusChangeId: String(change.id) }, change, sources);
  }
}

async function restoreCases(
  tx: Tx,
  id: string,
  caseRows: Snapshot[],
  sources: Set<string>,
): Promise<void> {
  const articles = await existingIds(
    tx,
    "criminalCodeArticle",
    caseRows.flatMap((entry) => rows(entry, "charges").map((charge) => String(charge.articleId))),
  );
  for (const entry of caseRows) {
    const data = columns(entry, "citations", "charges");
    for (const key of ["title", "court", "courtCity", "appealOutcome", "sentenceNote", "notes"]) {
      data[key] = jsonOrNull(entry[key]) as SnapshotValue;
    }
    await tx.case.create({
      data: { ...(data as object), prisonerId: id } as Prisma.CaseUncheckedCreateInput,
    });
    const charges = rows(entry, "charges")
      .filter((charge) => articles.has(String(charge.articleId)))
      .map((charge) => ({
        id: String(charge.id),
        caseId: String(entry.id),
        articleId: String(charge.articleId),
        note: jsonOrNull(charge.note),
      }));
    if (charges.length > 0) await tx.charge.createMany({ data: charges });
    await restoreCitations(tx, { caseId: String(entry.id) }, entry, sources);
  }
}

async function restoreDetentions(
  tx: Tx,
  id: string,
  detentionRows: Snapshot[],
  sources: Set<string>,
): Promise<void> {
  const facilities = await existingIds(
    tx,
    "facility",
    detentionRows.map((detention) => String(detention.facilityId)),
  );
  for (const detention of detentionRows.filter((d) => facilities.has(String(d.facilityId)))) {
    await tx.detention.create({
      data: {
        ...(columns(detention, "citations", ...DISPLAY_ONLY) as object),
        note: jsonOrNull(detention.note),
        prisonerId: id,
      } as Prisma.DetentionUncheckedCreateInput,
    });
    await restoreCitations(tx, { detentionId: String(detention.id) }, detention, sources);
  }
}

async function restorePolitical(
  tx: Tx,
  id: string,
  snapshot: Snapshot,
  sources: Set<string>,
): Promise<void> {
  for (const assessment of rows(snapshot, "criterionAssessments")) {
    await tx.criterionAssessment.create({
      data: {
        ...(columns(assessment, "citations") as object),
        reasoning: json(assessment.reasoning),
        prisonerId: id,
      } as Prisma.CriterionAssessmentUncheckedCreateInput,
    });
    await restoreCitations(
      tx,
      { criterionAssessmentId: String(assessment.id) },
      assessment,
      sources,
    );
  }

  const recognitionRows = rows(snapshot, "recognitions");
  const organisations = await existingIds(
    tx,
    "organisation",
    recognitionRows.map((recognition) => String(recognition.organisationId)),
  );
  for (const recognition of recognitionRows.filter((r) =>
    organisations.has(String(r.organisationId)),
  )) {
    await tx.recognition.create({
      data: {
        ...(columns(recognition, "citations", ...DISPLAY_ONLY) as object),
        note: jsonOrNull(recognition.note),
        prisonerId: id,
      } as Prisma.RecognitionUncheckedCreateInput,
    });
    await restoreCitations(tx, { recognitionId: String(recognition.id) }, recognition, sources);
  }
}

async function restoreTagsAndAffiliations(tx: Tx, id: string, snapshot: Snapshot): Promise<void> {
  const tagRows = rows(snapshot, "tags");
  const tags = await existingIds(
    tx,
    "tag",
    tagRows.map((tag) => String(tag.tagId)),
  );
  if (tags.size > 0) {
    await tx.prisonerTag.createMany({
      data: [...tags].map((tagId) => ({ prisonerId: id, tagId })),
    });
  }

  const affiliationRows = rows(snapshot, "affiliations");
  const affiliations = await existingIds(
    tx,
    "affiliation",
    affiliationRows.map((row) => String(row.affiliationId)),
  );
  const affiliationData = affiliationRows
    .filter((row) => affiliations.has(String(row.affiliationId)))
    .map((row) => ({
      prisonerId: id,
      affiliationId: String(row.affiliationId),
      role: jsonOrNull(row.role),
    }));
  if (affiliationData.length > 0)
    await tx.prisonerAffiliation.createMany({ data: affiliationData });
}

/**
 * Events may concern several prisoners, so they are not simply deleted: the snapshot's events are
 * written back (same ids) and linked; events the snapshot no longer has are unlinked, and deleted
 * only when no other prisoner shares them.
 */
async function restoreEvents(
  tx: Tx,
  id: string,
  events: Snapshot[],
  sources: Set<string>,
): Promise<void> {
  const keep = new Set(events.map((event) => String(event.id)));
  const linked = await tx.eventPrisoner.findMany({
    where: { prisonerId: id },
    select: { eventId: true },
  });
  const dropped = linked.map((link) => link.eventId).filter((eventId) => !keep.has(eventId));
  await tx.eventPrisoner.deleteMany({ where: { prisonerId: id } });
  if (dropped.length > 0) {
    await tx.event.deleteMany({ where: { id: { in: dropped }, prisoners: { none: {} } } });
  }
  const cases = new Set(
    (await tx.case.findMany({ where: { prisonerId: id }, select: { id: true } })).map((c) => c.id),
  );
  for (const event of events) {
    const eventId = String(event.id);
    const caseId = event.caseId && cases.has(String(event.caseId)) ? String(event.caseId) : null;
    const data = {
      ...(columns(event, "id", "citations") as object),
      title: jsonOrNull(event.title),
      text: json(event.text),
      caseId,
    };
    await tx.event.upsert({
      where: { id: eventId },
      create: { id: eventId, ...data } as Prisma.EventUncheckedCreateInput,
      update: data as Prisma.EventUncheckedUpdateInput,
    });
    await tx.citation.deleteMany({ where: { eventId } });
    await restoreCitations(tx, { eventId }, event, sources);
    await tx.eventPrisoner.create({ data: { eventId, prisonerId: id } });
  }
}

async function restoreInternal(
  tx: Tx,
  id: string,
  internal: SnapshotValue | undefined,
): Promise<void> {
  if (!internal || typeof internal !== "object" || Array.isArray(internal)) {
    await tx.prisonerInternal.deleteMany({ where: { prisonerId: id } });
    return;
  }
  const data = {
    familyContacts: (internal.familyContacts as string | null) ?? null,
    lawyerContacts: (internal.lawyerContacts as string | null) ?? null,
    consentNotes: (internal.consentNotes as string | null) ?? null,
    notes: (internal.notes as string | null) ?? null,
  };
  await tx.prisonerInternal.upsert({
    where: { prisonerId: id },
    create: { prisonerId: id, ...data },
    update: data,
  });
}
