import { z } from "zod";
import type { DatasetDto } from "@/lib/datasets/dataset-list";
import type { SameType } from "./common";

/** `GET /api/v1/datasets`: the daily snapshots (lib/datasets), newest first. */

const datasetFileSchema = z
  .strictObject({
    name: z
      .string()
      .describe(
        "File name, as SHA256SUMS lists it: data-dictionary.md, prisoners.csv.gz, cases.csv.gz, charges.csv.gz, events.csv.gz, prisoners.{locale}.jsonl.gz, SHA256SUMS.",
      ),
    url: z.string().describe("Path of the download: /api/v1/datasets/{date}/{name}."),
    contentType: z.string().describe("Media type the download is sent with."),
    bytes: z.number().int().min(0).describe("Size in bytes."),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("Hex SHA-256 of the file; also the download's ETag."),
  })
  .meta({ id: "DatasetFile" });

export const datasetSchema = z
  .strictObject({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe("The UTC day of the snapshot, YYYY-MM-DD."),
    generatedAt: z.string().describe("ISO timestamp of when the files were written."),
    prisoners: z.number().int().min(0).describe("Published prisoners in the snapshot."),
    cases: z.number().int().min(0).describe("Rows of cases.csv."),
    charges: z.number().int().min(0).describe("Rows of charges.csv."),
    events: z.number().int().min(0).describe("Rows of events.csv."),
    files: z.array(datasetFileSchema).describe("The snapshot's files, one per format."),
  })
  .meta({ id: "Dataset" });

export const datasetListSchema = z
  .strictObject({
    items: z.array(datasetSchema).describe("The kept snapshots (the newest 30), newest first."),
  })
  .meta({ id: "DatasetList" });

true satisfies SameType<z.output<typeof datasetSchema>, DatasetDto>;
