import "server-only";
import { InvalidFieldsError } from "@/lib/actions/staff-action";
import type { Tx } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import type { SourceInput } from "@/lib/validation/source";

/** The namespace of the Sources editor's error codes (lib/validation/source.ts). */
export const SOURCE_ERRORS = "SourceEditor.errors";

/**
 * Writes a source's row inside a content-store transaction; `id` is null when creating. The
 * attached document must be a PDF of the media library: the schema cannot know that.
 */
export async function writeSource(
  tx: Tx,
  input: SourceInput,
  id: string | null,
): Promise<{ id: string }> {
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

/** Citations of the source (the database refuses to delete it while any exist). */
export async function sourceUsage(id: string): Promise<number> {
  return prisma.citation.count({ where: { sourceId: id } });
}
