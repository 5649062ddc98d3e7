import "server-only";
import { FieldProblems, optionalJson } from "@/lib/data/write-checks";
import type { Actor } from "@/lib/auth/policy";
import { createContent, updateContent, type Tx } from "@/lib/content-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/security/request-context";
import type { LetterInput } from "@/lib/validation/letter";
import { keptRows } from "@/lib/validation/prisoner-rows";
import { recordThresholdCrossings } from "@/lib/letter-answers/threshold-crossings";
import { writeLetterThresholds } from "@/lib/letter-answers/write-thresholds";

/** A letter's edit form: the letter, and the version it was edited on. */
type LetterEdit = LetterInput & { id: string; expectedVersion: number };

/**
 * Writes of a letter as its editor saves it, through the content store (lock, version check,
 * revision and audit row in one transaction, the public pages revalidated after the commit; the
 * content store asks the policy). Workflow moves are the content store's own
 * (transitionContent); deliveries are letter-deliveries.ts.
 */

/** Creates a draft letter with version 1 of its text. */
export async function createLetterDraft(
  actor: Actor,
  input: LetterInput,
  context: RequestContext,
): Promise<{ id: string; version: number }> {
  return createContent(actor, {
    type: "letter",
    create: async (tx) => writeLetter(tx, input, null, actor.id),
    summary: "created",
    context,
  });
}

/**
 * Saves a letter edited on version `expectedVersion` (refused when someone saved since). A
 * changed text becomes a new text version; the revision records the letter pointing at it.
 */
export async function saveLetterEdit(
  actor: Actor,
  input: LetterEdit,
  context: RequestContext,
): Promise<{ version: number }> {
  const saved = await updateContent(actor, {
    type: "letter",
    id: input.id,
    expectedVersion: input.expectedVersion,
    apply: async (tx) => {
      await writeLetter(tx, input, input.id, actor.id);
    },
    summary: "edited",
    context,
  });
  // A threshold added at or below the count is reached now (and the editors told once).
  await recordThresholdCrossings({ id: input.id, slug: input.slug });
  return saved;
}

/** JSON with object keys sorted: PostgreSQL's jsonb reorders keys, so text is compared this way. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A deadline entered as a day ends at that day's last moment, UTC. */
function deadlineAt(day: Date): Date {
  return new Date(day.getTime() + 24 * 60 * 60 * 1000 - 1);
}

/**
 * Writes a letter and its links inside a content-store transaction; `id` is null when creating.
 * The text is never edited in place: a text (or text title) that differs from the current
 * version becomes a new LetterVersion numbered after the last one, and the letter points at it.
 * Signatures keep pointing at the version their signer saw. The workflow state is not touched.
 */
async function writeLetter(
  tx: Tx,
  input: LetterInput,
  id: string | null,
  authorId: string,
): Promise<{ id: string; newVersionNumber: number | null }> {
  await checkReferences(tx, input, id);
  const data = {
    kind: input.kind,
    slug: input.slug,
    title: input.title,
    summary: optionalJson(input.summary),
    addresseeName: input.addresseeName,
    addresseeOffice: optionalJson(input.addresseeOffice),
    sentOn: input.sentOn?.date ?? null,
    goal: input.goal,
    deadline: input.deadline ? deadlineAt(input.deadline.date) : null,
  };
  const letterId = id
    ? (await tx.letter.update({ where: { id }, data, select: { id: true } })).id
    : (await tx.letter.create({ data, select: { id: true } })).id;

  await tx.letterCountry.deleteMany({
    where: { letterId, countryCode: { notIn: input.countryCodes } },
  });
  await tx.letterCountry.createMany({
    data: input.countryCodes.map((countryCode) => ({ letterId, countryCode })),
    skipDuplicates: true,
  });
  await tx.letterPrisoner.deleteMany({
    where: { letterId, prisonerId: { notIn: input.prisonerIds } },
  });
  await tx.letterPrisoner.createMany({
    data: input.prisonerIds.map((prisonerId) => ({ letterId, prisonerId })),
    skipDuplicates: true,
  });
  await writeLetterThresholds(tx, letterId, keptRows(input.thresholds));
  return { id: letterId, newVersionNumber: await writeText(tx, letterId, input, authorId) };
}

/** A new version when the text changed; returns its number, or null when nothing changed. */
async function writeText(
  tx: Tx,
  letterId: string,
  input: LetterInput,
  authorId: string,
): Promise<number | null> {
  const letter = await tx.letter.findUniqueOrThrow({
    where: { id: letterId },
    select: { currentVersion: { select: { title: true, body: true } } },
  });
  const current = letter.currentVersion;
  const title = Object.keys(input.textTitle).length > 0 ? input.textTitle : input.title;
  if (
    current &&
    canonicalJson(current.body) === canonicalJson(input.text) &&
    canonicalJson(current.title) === canonicalJson(title)
  ) {
    return null;
  }
  const last = await tx.letterVersion.aggregate({ where: { letterId }, _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  const version = await tx.letterVersion.create({
    data: {
      letterId,
      number,
      title,
      body: input.text as Prisma.InputJsonValue,
      createdById: authorId,
    },
    select: { id: true },
  });
  await tx.letter.update({ where: { id: letterId }, data: { currentVersionId: version.id } });
  return number;
}

async function checkReferences(tx: Tx, input: LetterInput, id: string | null): Promise<void> {
  const problems = new FieldProblems();
  const taken = await tx.letter.findFirst({
    where: { slug: input.slug, ...(id ? { id: { not: id } } : {}) },
    select: { id: true },
  });
  if (taken) problems.add("slug", "slugTaken");
  const countries = await tx.country.count({ where: { code: { in: input.countryCodes } } });
  if (countries !== input.countryCodes.length) problems.add("countryCodes", "countryUnknown");
  const prisoners = await tx.prisoner.count({ where: { id: { in: input.prisonerIds } } });
  if (prisoners !== input.prisonerIds.length) problems.add("prisonerIds", "prisonerUnknown");
  problems.throwIfAny();
}
