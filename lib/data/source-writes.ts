import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import {
  ContentInUseError,
  createContent,
  deleteContent,
  updateContent,
  type Tx,
  type WriteContext,
} from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { InvalidFieldsError } from "@/lib/errors";
import type { SourceInput } from "@/lib/validation/source";

/** A source's edit form: the source, and the version it was edited on. */
type SourceEdit = SourceInput & { id: string; expectedVersion: number };

/** Creates a source (revision 1 and an audit row in the same transaction). */
export function createSourceEntry(
  actor: Actor,
  input: SourceInput,
  context: WriteContext,
): Promise<{ id: string; version: number }> {
  return createContent(actor, {
    type: "source",
    create: (tx) => writeSource(tx, input, null),
    summary: "created",
    context,
  });
}

/**
 * Saves a source edited on version `expectedVersion`: a ConflictError (what the other person
 * changed) when it moved on since, else the row, a revision and an audit row in one
 * transaction. The content store then refreshes the public profiles that cite it.
 */
export function saveSourceEdit(
  actor: Actor,
  input: SourceEdit,
  context: WriteContext,
): Promise<{ version: number }> {
  return updateContent(actor, {
    type: "source",
    id: input.id,
    expectedVersion: input.expectedVersion,
    apply: async (tx) => {
      await writeSource(tx, input, input.id);
    },
    context,
  });
}

/**
 * Deletes a source nothing cites (editors only; the policy is asked before anything is
 * counted). While citations point at it the delete is refused on the confirmation box
 * (`sourceInUse`): deleting it would strip footnotes from published profiles.
 */
export async function deleteUncitedSource(
  actor: Actor,
  input: { id: string; expectedVersion: number },
  context: WriteContext,
): Promise<void> {
  authorize(actor, "delete", { type: "source" });
  if ((await prisma.citation.count({ where: { sourceId: input.id } })) > 0) {
    throw new InvalidFieldsError({ confirm: "sourceInUse" });
  }
  try {
    await deleteContent(actor, {
      type: "source",
      id: input.id,
      expectedVersion: input.expectedVersion,
      context,
    });
  } catch (error) {
    // Cited between the count and the delete: the database refused it, nothing was written.
    if (error instanceof ContentInUseError) {
      throw new InvalidFieldsError({ confirm: "sourceInUse" });
    }
    throw error;
  }
}

/**
 * Writes a source's row inside a content-store transaction; `id` is null when creating. The
 * attached document must be a PDF of the media library: the schema cannot know that.
 */
async function writeSource(tx: Tx, input: SourceInput, id: string | null): Promise<{ id: string }> {
  if (input.documentId) {
    const pdfs = await tx.mediaAsset.count({ where: { id: input.documentId, kind: "PDF" } });
    if (pdfs === 0) throw new InvalidFieldsError({ documentId: "documentUnknown" });
  }
  const data = {
    title: input.title,
    publisher: input.publisher,
    url: input.url,
    archiveUrl: input.archiveUrl,
    documentId: input.documentId,
    documentPublic: input.documentId !== null && input.documentPublic,
    publishedOn: input.publishedOn?.date ?? null,
    accessedOn: input.accessedOn?.date ?? null,
    confidence: input.confidence,
    language: input.language,
  };
  if (id) {
    await tx.source.update({ where: { id }, data });
    return { id };
  }
  return tx.source.create({ data, select: { id: true } });
}
