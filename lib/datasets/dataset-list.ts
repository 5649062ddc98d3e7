import "server-only";
import { cachedRead } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { apiRoutes } from "@/lib/routes";
import { DATASET_FILE_NAMES, DATASETS_KEPT } from "./dataset-files";
import { DATASETS_CACHE_TAG } from "./withdraw-datasets";

/**
 * How long the list may be served from the cache at most: outside a request (the job, the
 * command) a local cache cannot be revalidated (lib/data/cache.ts), so a new day shows within
 * this; with the shared Redis cache the build's revalidation reaches every instance at once.
 */
const DATASETS_MAX_AGE_SECONDS = 300;

export interface DatasetFileDto {
  name: string;
  /** Path of the download: /api/v1/datasets/{date}/{name}. */
  url: string;
  contentType: string;
  bytes: number;
  /** Hex SHA-256 of the file, as SHA256SUMS lists it. */
  sha256: string;
}

export interface DatasetDto {
  /** The UTC day of the snapshot, YYYY-MM-DD. */
  date: string;
  /** ISO timestamp of when the files were written. */
  generatedAt: string;
  prisoners: number;
  cases: number;
  charges: number;
  events: number;
  files: DatasetFileDto[];
}

/** What a download needs of one file: where it is stored and what to say about it. */
export interface DatasetDownload {
  storageKey: string;
  contentType: string;
  bytes: number;
  sha256: string;
}

async function readDatasets(): Promise<DatasetDto[]> {
  const rows = await prisma.dataset.findMany({
    where: { status: "READY" },
    orderBy: { date: "desc" },
    take: DATASETS_KEPT,
    include: { files: true },
  });
  return rows.map((row) => {
    const date = row.date.toISOString().slice(0, 10);
    return {
      date,
      generatedAt: (row.generatedAt ?? row.startedAt).toISOString(),
      prisoners: row.prisoners,
      cases: row.cases,
      charges: row.charges,
      events: row.events,
      files: row.files
        .map((file) => ({
          name: file.name,
          url: apiRoutes.v1DatasetFile(date, file.name),
          contentType: file.contentType,
          bytes: Number(file.bytes),
          sha256: file.sha256,
        }))
        .sort((a, b) => DATASET_FILE_NAMES.indexOf(a.name) - DATASET_FILE_NAMES.indexOf(b.name)),
    };
  });
}

async function readDatasetDownload(date: string, name: string): Promise<DatasetDownload | null> {
  const file = await prisma.datasetFile.findFirst({
    where: { name, dataset: { date: new Date(`${date}T00:00:00Z`), status: "READY" } },
    select: { storageKey: true, contentType: true, bytes: true, sha256: true },
  });
  return file ? { ...file, bytes: Number(file.bytes) } : null;
}

/** The READY datasets, newest first (at most DATASETS_KEPT). */
export const listDatasets = cachedRead("datasets-1", readDatasets, () => [DATASETS_CACHE_TAG], {
  maxAgeSeconds: DATASETS_MAX_AGE_SECONDS,
});

/** One file of a READY dataset, or null. */
export const getDatasetDownload = cachedRead(
  "dataset-download-1",
  readDatasetDownload,
  () => [DATASETS_CACHE_TAG],
  { maxAgeSeconds: DATASETS_MAX_AGE_SECONDS },
);
