import "server-only";
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { createGzip, type Gzip } from "node:zlib";
import { stringify } from "csv-stringify/sync";
import { csvCell } from "@/lib/export/csv-cell";
import { routing, type Locale } from "@/lib/i18n/routing";
import { jsonLinesFileName, tableFileName } from "./dataset-files";
import { DATASET_TABLE_NAMES, DATASET_TABLES, type DatasetTableName } from "./dataset-tables";
import { publishedProfiles } from "./published-profiles";

export type DatasetCounts = Record<DatasetTableName, number>;

interface GzipFile {
  gzip: Gzip;
  file: WriteStream;
}

function openGzipFile(path: string): GzipFile {
  const gzip = createGzip({ level: 9 });
  const file = createWriteStream(path);
  gzip.pipe(file);
  return { gzip, file };
}

/** Writes with backpressure: waits for the compressor to drain before handing it more. */
async function write(target: GzipFile, text: string): Promise<void> {
  if (text !== "" && !target.gzip.write(text)) await once(target.gzip, "drain");
}

async function close(target: GzipFile): Promise<void> {
  target.gzip.end();
  await finished(target.file);
}

/**
 * Writes the data files of a dataset (the CSV tables and the JSON Lines of every locale,
 * gzip-compressed) into `folder`, in one pass over the published profiles, batch by batch
 * (published-profiles.ts): what is held at once is one batch and the compressors' buffers.
 * Local files first, uploaded one at a time afterwards (build-dataset.ts), so that no storage
 * write holds a database connection while another file's stream waits on it.
 *
 * CSV: a UTF-8 byte order mark (Excel then reads Cyrillic correctly), a header row, and every
 * text cell through the formula-injection guard (lib/export/csv-cell.ts).
 */
export async function writeDatasetDataFiles(folder: string): Promise<DatasetCounts> {
  const tables = Object.fromEntries(
    DATASET_TABLE_NAMES.map((name) => [name, openGzipFile(join(folder, tableFileName(name)))]),
  ) as Record<DatasetTableName, GzipFile>;
  const lines = Object.fromEntries(
    routing.locales.map((locale) => [
      locale,
      openGzipFile(join(folder, jsonLinesFileName(locale))),
    ]),
  ) as Record<Locale, GzipFile>;
  const counts = Object.fromEntries(DATASET_TABLE_NAMES.map((name) => [name, 0])) as DatasetCounts;
  try {
    for (const name of DATASET_TABLE_NAMES) {
      const header = DATASET_TABLES[name].columns.map((column) => column.name);
      await write(tables[name], "\uFEFF" + stringify([header]));
    }
    for await (const batch of publishedProfiles()) {
      for (const name of DATASET_TABLE_NAMES) {
        const table = DATASET_TABLES[name];
        // Each table's rows have their own type; the descriptor and its rows always match.
        const rows = batch.flatMap((profile) =>
          (table.rows as (p: typeof profile) => never[])(profile),
        );
        counts[name] += rows.length;
        const cells = rows.map((row) =>
          (table.columns as { value: (row: never) => unknown }[]).map((column) =>
            csvCell(column.value(row)),
          ),
        );
        await write(tables[name], cells.length ? stringify(cells) : "");
      }
      for (const locale of routing.locales) {
        await write(
          lines[locale],
          batch.map((profile) => JSON.stringify(profile[locale]) + "\n").join(""),
        );
      }
    }
  } finally {
    await Promise.all([...Object.values(tables), ...Object.values(lines)].map(close));
  }
  return counts;
}
