import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { prisma } from "@/lib/db";
import {
  isValidStorageKey,
  StoredFileExistsError,
  type FileStorage,
} from "@/lib/storage/file-storage";
import type { LocalFileStorage } from "@/lib/storage/local-file-storage";

export interface CopyCounts {
  /** Files written to the target now. */
  copied: number;
  /** Their total size in bytes. */
  copiedBytes: number;
  /** Files the target held already (an earlier run, or an upload since the switch). */
  present: number;
  /** Names in the folder that are not storage keys (a write cut short by a crash), left alone. */
  skipped: string[];
}

/**
 * Copies every file of a local folder into another storage (the database, when an organisation
 * grows from one server to several), one file at a time, each streamed. Keys are written once
 * and never change content, so a key the target has is skipped: running it again copies only
 * what is new. The folder is not changed.
 */
export async function copyLocalFiles(
  source: LocalFileStorage,
  target: FileStorage,
  onCopied: (key: string) => void = () => {},
): Promise<CopyCounts> {
  const counts: CopyCounts = { copied: 0, copiedBytes: 0, present: 0, skipped: [] };
  for (const key of await filesUnder(source.root)) {
    if (!isValidStorageKey(key)) {
      counts.skipped.push(key);
      continue;
    }
    let bytes = 0;
    const stream = await source.read(key);
    try {
      await target.write(
        key,
        piecesOf(stream, (size) => (bytes += size)),
      );
      counts.copied += 1;
      counts.copiedBytes += bytes;
      onCopied(key);
    } catch (error) {
      // A target that refused before reading leaves the file open: close it.
      if (!stream.locked) await stream.cancel();
      if (!(error instanceof StoredFileExistsError)) throw error;
      counts.present += 1;
    }
  }
  return counts;
}

/** Slash-separated paths of the files under a folder; none when it does not exist. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .sort();
}

/** A stream's pieces as an async iterable, counted; cancels the stream if the consumer stops. */
async function* piecesOf(
  stream: ReadableStream<Uint8Array>,
  onPiece: (size: number) => void,
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      onPiece(next.value.byteLength);
      yield next.value;
    }
    done = true;
  } finally {
    if (!done) await reader.cancel();
    reader.releaseLock();
  }
}

/**
 * Storage keys that MediaAsset rows name (originals and resized copies) but the database storage
 * lacks: after a copy, anything listed here was missing from the folder too, and its pages would
 * show a broken image.
 */
export async function findMediaMissingFromDatabase(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ key: string }[]>`
    SELECT named.key FROM (
      SELECT "storageKey" AS key FROM "MediaAsset"
      UNION
      SELECT variant->>'storageKey' FROM "MediaAsset",
        jsonb_array_elements(
          CASE WHEN jsonb_typeof(variants) = 'array' THEN variants ELSE '[]'::jsonb END
        ) AS variant
    ) AS named
    WHERE named.key IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "StoredFile" WHERE "StoredFile".key = named.key)
    ORDER BY named.key`;
  return rows.map((row) => row.key);
}
