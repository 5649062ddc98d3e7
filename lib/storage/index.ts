import "server-only";
import { env, requireDatabaseUrl } from "@/lib/env";
import { createPgPool } from "@/lib/postgres/pool";
import type { FileStorage } from "@/lib/storage/file-storage";
import { LocalFileStorage } from "@/lib/storage/local-file-storage";
import { PostgresFileStorage } from "@/lib/storage/postgres-file-storage";

export {
  checkStorageKey,
  InvalidStorageKeyError,
  isValidStorageKey,
  StoredFileExistsError,
  StoredFileNotFoundError,
  type FileContent,
  type FileStorage,
} from "@/lib/storage/file-storage";
export { LocalFileStorage } from "@/lib/storage/local-file-storage";
export { PostgresFileStorage } from "@/lib/storage/postgres-file-storage";

/**
 * Connections of the PostgreSQL driver, beside the Prisma client's: a chunk query takes a
 * millisecond or two, so a few connections serve many downloads at once; an upload holds one
 * while its transaction writes.
 */
const MEDIA_POOL_SIZE = 4;

// One storage per process: Next.js dev reloads modules, so it lives on globalThis (like lib/db.ts).
const globalForStorage = globalThis as unknown as { vigilFileStorage?: FileStorage };

/** The application's file storage, chosen by VIGIL_MEDIA_STORAGE (README.md). */
export function getFileStorage(): FileStorage {
  return (globalForStorage.vigilFileStorage ??=
    env.VIGIL_MEDIA_STORAGE === "postgres"
      ? new PostgresFileStorage(createPgPool(requireDatabaseUrl(), { max: MEDIA_POOL_SIZE }))
      : new LocalFileStorage());
}
