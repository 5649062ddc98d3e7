/**
 * Where uploaded files (photos, PDFs) live, addressed by the `storageKey` of their MediaAsset.
 * Keys are opaque, written once and never overwritten with other content, so a file can be served
 * with long cache lifetimes. Two drivers implement it (README.md): the local folder for one server,
 * PostgreSQL for several; `getFileStorage()` in ./index.ts picks one.
 */
export interface FileStorage {
  /** The file's bytes as a stream; throws StoredFileNotFoundError when there is none. */
  read(key: string): Promise<ReadableStream<Uint8Array> | Buffer>;
  /**
   * Stores a new file, whole or not at all. Keys are written once: writing to a key that already
   * holds a file throws StoredFileExistsError instead of replacing content that may be cached
   * under that key. An iterable is consumed piece by piece, never gathered in memory.
   */
  write(key: string, data: FileContent): Promise<void>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** What `write` takes: bytes in hand, or a stream of them (a Node.js Readable is one). */
export type FileContent = Uint8Array | string | AsyncIterable<Uint8Array>;

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

/** Refuses a key that is not valid, with the same error in every driver. */
export function checkStorageKey(key: string): string {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
  return key;
}
