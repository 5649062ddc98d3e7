import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { env } from "@/lib/env";
import { revalidateContent } from "@/lib/data/cache";
import { publicOrigin } from "@/lib/security/public-origin";
import { getFileStorage, type FileStorage } from "@/lib/storage";
import { dataDictionary } from "./data-dictionary";
import {
  DATASET_CHECKSUM_FILE,
  DATASET_DICTIONARY_FILE,
  DATASET_FILE_NAMES,
  datasetContentType,
  datasetStorageKey,
} from "./dataset-files";
import { DATASETS_CACHE_TAG } from "./withdraw-datasets";
import {
  claimDatasetDay,
  completeDataset,
  deleteDatasetRecord,
  expiredDatasets,
  releaseDatasetDay,
  type StoredDatasetFile,
} from "./dataset-records";
import { writeDatasetDataFiles, type DatasetCounts } from "./dataset-writer";

export interface BuildDatasetOptions {
  /** The storage to write to; the application's (lib/storage) by default. */
  storage?: FileStorage;
  /** The clock: the dataset is of this moment's UTC day. */
  now?: Date;
}

export type BuildDatasetResult =
  | {
      outcome: "built";
      date: string;
      counts: DatasetCounts;
      files: StoredDatasetFile[];
      removed: string[];
    }
  | { outcome: "skipped"; date: string; removed: string[] };

/**
 * Builds today's dataset (UTC) unless it exists, then deletes the datasets beyond the newest
 * DATASETS_KEPT with their files. What the daily job (lib/jobs, `datasets.build`) and
 * `npm run datasets:build` run. Safe to run again and at once: a day is claimed by one run
 * (dataset-records.ts); a failed run frees its day and leaves no file behind.
 */
export async function buildDataset(options: BuildDatasetOptions = {}): Promise<BuildDatasetResult> {
  const storage = options.storage ?? getFileStorage();
  const date = (options.now ?? new Date()).toISOString().slice(0, 10);
  const id = await claimDatasetDay(date);
  if (id === null) return { outcome: "skipped", date, removed: await pruneDatasets(storage) };
  const folder = await mkdtemp(join(tmpdir(), "vigil-dataset-"));
  try {
    // A run killed mid-way (its day taken over after an hour) may have left files behind.
    await Promise.all(
      DATASET_FILE_NAMES.map((name) => storage.delete(datasetStorageKey({ id, date }, name))),
    );
    const counts = await writeDatasetDataFiles(folder);
    await writeFile(
      join(folder, DATASET_DICTIONARY_FILE),
      dataDictionary({
        date,
        publisher: env.VIGIL_DATA_PUBLISHER,
        licence: { name: env.VIGIL_DATA_LICENCE_NAME, url: env.VIGIL_DATA_LICENCE_URL },
        origin: publicOrigin(),
      }),
    );
    const files: StoredDatasetFile[] = [];
    for (const name of DATASET_FILE_NAMES.filter((name) => name !== DATASET_CHECKSUM_FILE)) {
      files.push(
        await storeFile(storage, { id, date }, name, createReadStream(join(folder, name))),
      );
    }
    // sha256sum's format: the hash, two spaces (text mode), the name.
    const sums = files.map((file) => `${file.sha256}  ${file.name}\n`).join("");
    files.push(await storeFile(storage, { id, date }, DATASET_CHECKSUM_FILE, [Buffer.from(sums)]));
    await completeDataset(id, counts, files);
    revalidateContent(DATASETS_CACHE_TAG);
    return { outcome: "built", date, counts, files, removed: await pruneDatasets(storage) };
  } catch (error) {
    await Promise.all(
      DATASET_FILE_NAMES.map((name) =>
        storage.delete(datasetStorageKey({ id, date }, name)).catch(() => undefined),
      ),
    );
    await releaseDatasetDay(id);
    throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Stores one file, counting and hashing its bytes as they stream past. */
async function storeFile(
  storage: FileStorage,
  dataset: { id: string; date: string },
  name: string,
  content: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<StoredDatasetFile> {
  const hash = createHash("sha256");
  let bytes = 0;
  async function* measured() {
    for await (const chunk of content) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      yield chunk;
    }
  }
  const storageKey = datasetStorageKey(dataset, name);
  await storage.write(storageKey, measured());
  return {
    name,
    contentType: datasetContentType(name),
    bytes,
    sha256: hash.digest("hex"),
    storageKey,
  };
}

/** Deletes the datasets beyond the newest DATASETS_KEPT: files first, then the row. */
async function pruneDatasets(storage: FileStorage): Promise<string[]> {
  const removed: string[] = [];
  for (const dataset of await expiredDatasets()) {
    const date = dataset.date.toISOString().slice(0, 10);
    const keys = new Set([
      ...dataset.keys,
      ...DATASET_FILE_NAMES.map((name) => datasetStorageKey({ id: dataset.id, date }, name)),
    ]);
    await Promise.all([...keys].map((key) => storage.delete(key)));
    await deleteDatasetRecord(dataset.id);
    removed.push(date);
  }
  if (removed.length > 0) revalidateContent(DATASETS_CACHE_TAG);
  return removed;
}
