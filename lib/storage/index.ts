import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

/**
 * Where uploaded files (photos, PDFs) live, addressed by the `storageKey` of their MediaAsset.
 * Keys are opaque, written once and never overwritten with other content, so a file can be served
 * with long cache lifetimes. Only a local-disk implementation exists; an object store (S3) would
 * implement the same three methods (see README.md).
 */
export interface FileStorage {
  /** The file's bytes as a stream; throws StoredFileNotFoundError when there is none. */
  read(key: string): Promise<ReadableStream<Uint8Array> | Buffer>;
  /**
   * Stores a new file. Keys are written once: writing to a key that already holds a file throws
   * StoredFileExistsError instead of replacing content that may be cached under that key.
   */
  write(key: string, data: Uint8Array | string): Promise<void>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

export class InvalidStorageKeyError extends Error {
  override name = "InvalidStorageKeyError";
  constructor(key: string) {
    super(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}

export class StoredFileNotFoundError extends Error {
  override name = "StoredFileNotFoundError";
  constructor(key: string) {
    super(`No stored file under the key ${JSON.stringify(key)}`);
  }
}

export class StoredFileExistsError extends Error {
  override name = "StoredFileExistsError";
  constructor(key: string) {
    super(`A file is already stored under the key ${JSON.stringify(key)}`);
  }
}

// Slash-separated segments of letters, digits, dot, dash and underscore, none of them "." or "..":
// a key can never name a file outside the storage root.
const KEY_PATTERN = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

export function isValidStorageKey(key: string): boolean {
  return key.length <= 512 && KEY_PATTERN.test(key);
}

/** Files on the local disk under one root folder (by default `storage/`, which git ignores). */
export class LocalFileStorage implements FileStorage {
  readonly root: string;

  constructor(root: string = path.join(process.cwd(), "storage")) {
    // The root is chosen at run time: the bundler must not trace (and ship) what it might name.
    this.root = path.resolve(/* turbopackIgnore: true */ root);
  }

  private pathOf(key: string): string {
    if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
    return path.join(/* turbopackIgnore: true */ this.root, ...key.split("/"));
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

  async write(key: string, data: Uint8Array | string): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    try {
      // "wx": create, never overwrite.
      await writeFile(file, data, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new StoredFileExistsError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

let defaultStorage: FileStorage | undefined;

/** The application's file storage. */
export function getFileStorage(): FileStorage {
  defaultStorage ??= new LocalFileStorage();
  return defaultStorage;
}
