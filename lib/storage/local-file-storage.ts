import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { link, mkdir, open, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  checkStorageKey,
  StoredFileExistsError,
  StoredFileNotFoundError,
  type FileContent,
  type FileStorage,
} from "@/lib/storage/file-storage";

/**
 * Files on the local disk under one root folder (by default `storage/`, which git ignores): the
 * driver for a single server (VIGIL_MEDIA_STORAGE=local).
 */
export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string = path.join(process.cwd(), "storage")) {
    // The root is chosen at run time: the bundler must not trace (and ship) what it might name.
    this.root = path.resolve(/* turbopackIgnore: true */ root);
  }

  private pathOf(key: string): string {
    return path.join(/* turbopackIgnore: true */ this.root, ...checkStorageKey(key).split("/"));
  }

  async read(key: string): Promise<ReadableStream<Uint8Array>> {
    const file = this.pathOf(key);
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new StoredFileNotFoundError(key);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        throw new StoredFileNotFoundError(key);
      throw error;
    }
    return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  }

  /**
   * Writes beside the target under a name no key can have ("+" is not allowed in keys), then
   * links it into place: link() fails when the target exists (write-once, also between two
   * writers), and a reader never sees half a file, even after a crash mid-write.
   */
  async write(key: string, data: FileContent): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}+${randomUUID()}.partial`;
    try {
      const handle = await open(partial, "wx");
      const source =
        typeof data === "string" || data instanceof Uint8Array ? Readable.from([data]) : data;
      await pipeline(source, handle.createWriteStream());
      await link(partial, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new StoredFileExistsError(key);
      throw error;
    } finally {
      await rm(partial, { force: true });
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
