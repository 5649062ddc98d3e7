import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import type { DatasetCounts } from "./dataset-writer";
import { DATASETS_KEPT } from "./dataset-files";

/** A run that has not finished within this is taken for dead (killed mid-way) and replaced. */
const STALE_BUILD_MINUTES = 60;

export interface StoredDatasetFile {
  name: string;
  contentType: string;
  bytes: number;
  sha256: string;
  storageKey: string;
}

/**
 * Claims a day for one run: adds its BUILDING row, or takes over a BUILDING row whose run
 * started over an hour ago or a WITHDRAWN one (built again without the withdrawn profile).
 * Null when the day is READY already or another run is building it, so the scheduled job and
 * `npm run datasets:build` never write one day twice at once. A row taken over keeps its id (and
 * so its files' keys, which the run deletes first) and loses its list of files.
 */
export async function claimDatasetDay(date: string): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Dataset" ("id", "date", "status", "startedAt")
      VALUES (${randomUUID()}, ${date}::date, 'BUILDING', now())
      ON CONFLICT ("date") DO UPDATE SET "startedAt" = now(), "status" = 'BUILDING'
        WHERE "Dataset"."status" = 'WITHDRAWN'
          OR ("Dataset"."status" = 'BUILDING'
            AND "Dataset"."startedAt" < now() - make_interval(mins => ${STALE_BUILD_MINUTES}))
      RETURNING "id"`;
    const id = rows[0]?.id ?? null;
    if (id) await tx.datasetFile.deleteMany({ where: { datasetId: id } });
    return id;
  });
}

/** The run failed: the day is free for the next attempt (the job's retry). */
export async function releaseDatasetDay(id: string): Promise<void> {
  await prisma.dataset.deleteMany({ where: { id, status: "BUILDING" } });
}

/** The files are stored: list them, and the day becomes public, in one transaction. */
export async function completeDataset(
  id: string,
  counts: DatasetCounts,
  files: readonly StoredDatasetFile[],
): Promise<void> {
  await prisma.$transaction([
    prisma.datasetFile.createMany({
      data: files.map((file) => ({ ...file, datasetId: id, bytes: BigInt(file.bytes) })),
    }),
    prisma.dataset.update({
      where: { id },
      data: { status: "READY", generatedAt: new Date(), ...counts },
    }),
  ]);
}

/**
 * Datasets beyond the newest DATASETS_KEPT days (any status), and every WITHDRAWN one, with
 * their files' keys.
 */
export async function expiredDatasets(): Promise<{ id: string; date: Date; keys: string[] }[]> {
  const select = { id: true, date: true, files: { select: { storageKey: true } } } as const;
  const [old, withdrawn] = await Promise.all([
    prisma.dataset.findMany({ orderBy: { date: "desc" }, skip: DATASETS_KEPT, select }),
    prisma.dataset.findMany({ where: { status: "WITHDRAWN" }, select }),
  ]);
  const rows = [...new Map([...old, ...withdrawn].map((row) => [row.id, row])).values()];
  return rows.map((row) => ({
    id: row.id,
    date: row.date,
    keys: row.files.map((file) => file.storageKey),
  }));
}

export async function deleteDatasetRecord(id: string): Promise<void> {
  await prisma.dataset.deleteMany({ where: { id } });
}
