import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { createContent, deleteContent, updateContent, type Tx } from "@/lib/content-store";
import { referenceItemUsage, referenceRows } from "@/lib/data/reference-items/reference-rows";
import {
  countryExists,
  FieldProblems,
  isReferencedError,
  optionalJson,
} from "@/lib/data/write-checks";
import { InvalidFieldsError } from "@/lib/errors";
import {
  referenceType,
  valueFields,
  type ReferenceTypeDescriptor,
  type ReferenceTypeName,
} from "@/lib/reference-types";
import type { RequestContext } from "@/lib/security/request-context";
import type { ItemVersion } from "@/lib/validation/reference-item";

type Input = Record<string, unknown>;

/**
 * What the schema cannot know, checked in the write's transaction: the slug and any value that
 * may not repeat are free, the countries named exist, the natural key is not taken.
 */
async function checkReferences(
  tx: Tx,
  descriptor: ReferenceTypeDescriptor,
  input: Input,
  key: string | null,
): Promise<void> {
  const problems = new FieldProblems();
  const rows = referenceRows(descriptor, tx);
  /** Whether another item has this value (the item being edited does not count). */
  const taken = async (column: string, value: unknown): Promise<boolean> => {
    const same = await rows.findFirst({
      where: { [column]: value },
      select: { [descriptor.key]: true },
    });
    return same !== null && same[descriptor.key] !== key;
  };
  for (const field of valueFields(descriptor)) {
    const value = input[field.name];
    if (field.kind === "slug") {
      if (await taken("slug", String(value))) problems.add("slug", "slugTaken");
    } else if (field.kind === "country" && typeof value === "string" && value) {
      if (!(await countryExists(tx, value))) problems.add(field.name, "countryUnknown");
    } else if (field.kind === "text" && field.unique && !(field.createOnly && key !== null)) {
      if (await taken(field.name, value)) problems.add(field.name, field.unique);
    }
  }
  const natural = descriptor.naturalKey;
  if (natural) {
    const same = await rows.findFirst({
      where: Object.fromEntries(natural.columns.map((column) => [column, input[column]])),
      select: { [descriptor.key]: true },
    });
    if (same && same[descriptor.key] !== key) problems.add(natural.field, natural.code);
  }
  problems.throwIfAny();
}

/** The row's columns from the form's fields; optional localised text is SQL NULL when blank. */
function rowData(descriptor: ReferenceTypeDescriptor, input: Input, creating: boolean): Input {
  const data: Input = {};
  for (const field of valueFields(descriptor)) {
    if (field.kind === "text" && field.createOnly && !creating) continue;
    const value = input[field.name];
    data[field.name] =
      field.kind === "localized" && !field.required
        ? optionalJson(value as Record<string, unknown> | null)
        : value;
  }
  return data;
}

/** Writes the row inside a content-store transaction; `key` is null when creating. */
async function writeRow(
  tx: Tx,
  descriptor: ReferenceTypeDescriptor,
  input: Input,
  key: string | null,
): Promise<{ id: string }> {
  await checkReferences(tx, descriptor, input, key);
  const rows = referenceRows(descriptor, tx);
  if (key !== null) {
    await rows.update({
      where: { [descriptor.key]: key },
      data: rowData(descriptor, input, false),
    });
    return { id: key };
  }
  const row = await rows.create({
    data: rowData(descriptor, input, true),
    select: { [descriptor.key]: true },
  });
  return { id: row[descriptor.key] as string };
}

/**
 * Creates a reference item through the content store (revision 1 and an audit row in the same
 * transaction); references the schema cannot check come back as InvalidFieldsError.
 */
export async function createReferenceItem(
  actor: Actor,
  name: ReferenceTypeName,
  input: Input,
  context: RequestContext,
): Promise<{ id: string }> {
  const descriptor = referenceType(name);
  const { id } = await createContent(actor, {
    type: descriptor.type,
    create: (tx) => writeRow(tx, descriptor, input, null),
    summary: "created",
    context,
  });
  return { id };
}

/**
 * Saves an edit through the content store: refused with a ConflictError (what the other person
 * changed) when the item moved on since the form's version, written with a revision and an audit
 * row otherwise.
 */
export async function updateReferenceItem(
  actor: Actor,
  name: ReferenceTypeName,
  input: Input & ItemVersion,
  context: RequestContext,
): Promise<{ version: number }> {
  const descriptor = referenceType(name);
  const { version } = await updateContent(actor, {
    type: descriptor.type,
    id: input.id,
    expectedVersion: input.expectedVersion,
    apply: async (tx) => {
      await writeRow(tx, descriptor, input, input.id);
    },
    context,
  });
  return { version };
}

/**
 * Deletes an item (editors only; the policy is asked before anything is counted), unless other
 * content still refers to it: then the delete is refused with the type's "in use" code on the
 * confirmation box, a message that says what refers to it and what to do. Join rows that would
 * be deleted with the item (a tag on profiles) count as references too: deleting the tag would
 * silently change published profiles.
 */
export async function deleteReferenceItem(
  actor: Actor,
  name: ReferenceTypeName,
  input: ItemVersion,
  context: RequestContext,
): Promise<void> {
  const descriptor = referenceType(name);
  const inUse = { confirm: descriptor.usage.inUseCode };
  authorize(actor, "delete", { type: descriptor.type });
  if ((await referenceItemUsage(descriptor, input.id)) > 0) throw new InvalidFieldsError(inUse);
  try {
    await deleteContent(actor, {
      type: descriptor.type,
      id: input.id,
      expectedVersion: input.expectedVersion,
      context,
    });
  } catch (error) {
    // Referenced between the count and the delete: the database refused it, nothing was written.
    if (isReferencedError(error)) throw new InvalidFieldsError(inUse);
    throw error;
  }
}
