import { routing, type Locale } from "@/lib/i18n/routing";
import { DATASET_TABLE_NAMES, DATASET_TABLES, type DatasetTableName } from "./dataset-tables";

/**
 * The files of one day's dataset and where lib/storage keeps them (`datasets/<date>-<id>/<name>`).
 *
 * Each file downloads on its own: a researcher takes the one table, or the one language of the
 * JSON Lines, they need. The data files are gzip-compressed (about a tenth of the size; pandas,
 * R, DuckDB, csvkit and jq through zcat read `.gz` directly, and every desktop unpacks it with a
 * double click); the dictionary and SHA256SUMS stay plain text, to be read in the browser. Not a
 * .zip: Node.js has no zip writer, a dependency would only bundle what the list of files already
 * offers, and the checksums then name exactly the files a reader downloads.
 */
export const DATASETS_KEPT = 30;

export const DATASET_DICTIONARY_FILE = "data-dictionary.md";
export const DATASET_CHECKSUM_FILE = "SHA256SUMS";

export type DatasetFileName = string;

export function tableFileName(table: DatasetTableName): string {
  return `${DATASET_TABLES[table].file}.gz`;
}

export function jsonLinesFileName(locale: Locale): string {
  return `prisoners.${locale}.jsonl.gz`;
}

/** Every file of a dataset, in the order the list shows them; the checksum file last. */
export const DATASET_FILE_NAMES: readonly string[] = [
  DATASET_DICTIONARY_FILE,
  ...DATASET_TABLE_NAMES.map(tableFileName),
  ...routing.locales.map(jsonLinesFileName),
  DATASET_CHECKSUM_FILE,
];

export function datasetContentType(name: string): string {
  if (name.endsWith(".gz")) return "application/gzip";
  if (name.endsWith(".md")) return "text/markdown; charset=utf-8";
  return "text/plain; charset=utf-8";
}

/**
 * Keyed by the dataset's row id as well as its day: every database on one machine (the demo, each
 * test run, a bench) may share one local storage folder, and a day alone would let one database's
 * run overwrite, or prune, another's files.
 */
export function datasetStorageKey(dataset: { id: string; date: string }, name: string): string {
  return `datasets/${dataset.date}-${dataset.id}/${name}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A dataset's date (YYYY-MM-DD) from a URL segment, or null when it is not a real day. */
export function parseDatasetDate(value: string): string | null {
  if (!DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

export function isDatasetFileName(name: string): boolean {
  return DATASET_FILE_NAMES.includes(name);
}
