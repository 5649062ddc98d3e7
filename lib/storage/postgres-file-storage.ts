import "server-only";
import type pg from "pg";
import {
  checkStorageKey,
  StoredFileExistsError,
  StoredFileNotFoundError,
  type FileContent,
  type FileStorage,
} from "@/lib/storage/file-storage";

/** The most bytes one StoredFileChunk row holds: what a read or a write keeps in memory at once. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Files in PostgreSQL (VIGIL_MEDIA_STORAGE=postgres), shared by every instance on the database: a
 * StoredFile row per key and its bytes in StoredFileChunk rows of at most CHUNK_BYTES (README.md
 * says why chunks rather than large objects).
 *
 * It talks to node-postgres directly, not through Prisma: the pg driver adapter turns every bytea
 * value into an array of numbers (eight bytes of heap per byte, and back), while node-postgres
 * hands over each chunk as one Buffer. Results stay in text format (bytea as hex): node-postgres
 * decodes binary-format results as UTF-8 strings, which mangles arbitrary bytes.
 */
export class PostgresFileStorage implements FileStorage {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * The file as a stream that fetches one chunk per query when its reader asks for more, each on
   * whichever pooled connection is free: a slow download holds no connection while it waits.
   */
  async read(key: string): Promise<ReadableStream<Uint8Array>> {
    const found = await this.pool.query<{ id: string; chunkCount: number }>(
      `SELECT id, "chunkCount" FROM "StoredFile" WHERE key = $1`,
      [checkStorageKey(key)],
    );
    const file = found.rows[0];
    if (!file) throw new StoredFileNotFoundError(key);
    const pool = this.pool;
    let position = 0;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (position >= file.chunkCount) return controller.close();
        const chunk = await pool.query<{ data: Buffer }>(
          `SELECT data FROM "StoredFileChunk" WHERE "fileId" = $1 AND position = $2`,
          [file.id, position],
        );
        const data = chunk.rows[0]?.data;
        // Deleted while being read: the reader gets an error, never a silently shortened file.
        if (!data) return controller.error(new StoredFileNotFoundError(key));
        position += 1;
        controller.enqueue(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      },
    });
  }

  /**
   * The row and every chunk in one transaction: other readers see the whole file or none. The
   * unique key with ON CONFLICT DO NOTHING makes it write-once: a second writer of the same key
   * waits for the first one's transaction and then finds the key taken (or free, if it failed).
   */
  async write(key: string, data: FileContent): Promise<void> {
    checkStorageKey(key);
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const created = await client.query<{ id: string }>(
        `INSERT INTO "StoredFile" (key, "byteSize", "chunkCount") VALUES ($1, 0, 0)
         ON CONFLICT (key) DO NOTHING RETURNING id`,
        [key],
      );
      const id = created.rows[0]?.id;
      if (id === undefined) throw new StoredFileExistsError(key);
      let position = 0;
      let byteSize = 0;
      for await (const chunk of chunksOf(data)) {
        await client.query(
          `INSERT INTO "StoredFileChunk" ("fileId", position, data) VALUES ($1, $2, $3)`,
          [id, position, chunk],
        );
        position += 1;
        byteSize += chunk.byteLength;
      }
      await client.query(
        `UPDATE "StoredFile" SET "byteSize" = $2, "chunkCount" = $3 WHERE id = $1`,
        [id, byteSize, position],
      );
      await client.query("COMMIT");
    } catch (error) {
      // A connection whose ROLLBACK failed is broken: the pool drops it instead of reusing it.
      await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** The file's chunks go with it (ON DELETE CASCADE). */
  async delete(key: string): Promise<void> {
    await this.pool.query(`DELETE FROM "StoredFile" WHERE key = $1`, [checkStorageKey(key)]);
  }
}

/** The content cut into pieces of CHUNK_BYTES (the last may be shorter), holding one at a time. */
async function* chunksOf(data: FileContent): AsyncGenerator<Buffer> {
  if (typeof data === "string" || data instanceof Uint8Array) {
    const bytes =
      typeof data === "string"
        ? Buffer.from(data)
        : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    for (let start = 0; start < bytes.byteLength; start += CHUNK_BYTES) {
      yield bytes.subarray(start, start + CHUNK_BYTES);
    }
    return;
  }
  let pending = Buffer.allocUnsafe(CHUNK_BYTES);
  let filled = 0;
  for await (const piece of data) {
    let offset = 0;
    while (offset < piece.byteLength) {
      const taken = Math.min(CHUNK_BYTES - filled, piece.byteLength - offset);
      pending.set(piece.subarray(offset, offset + taken), filled);
      filled += taken;
      offset += taken;
      if (filled === CHUNK_BYTES) {
        yield pending;
        pending = Buffer.allocUnsafe(CHUNK_BYTES);
        filled = 0;
      }
    }
  }
  if (filled > 0) yield pending.subarray(0, filled);
}
