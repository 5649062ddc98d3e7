-- Issue 20: daily open-data snapshots (lib/datasets).
CREATE TYPE "DatasetStatus" AS ENUM ('BUILDING', 'READY', 'WITHDRAWN');

CREATE TABLE "Dataset" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "status" "DatasetStatus" NOT NULL DEFAULT 'BUILDING',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "generatedAt" TIMESTAMP(3),
    "prisoners" INTEGER NOT NULL DEFAULT 0,
    "cases" INTEGER NOT NULL DEFAULT 0,
    "charges" INTEGER NOT NULL DEFAULT 0,
    "events" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Dataset_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "DatasetFile" (
    "datasetId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    CONSTRAINT "DatasetFile_pkey" PRIMARY KEY ("datasetId", "name")
);

CREATE UNIQUE INDEX "Dataset_date_key" ON "Dataset"("date");

CREATE INDEX "Dataset_status_date_idx" ON "Dataset"("status", "date");

ALTER TABLE "DatasetFile" ADD CONSTRAINT "DatasetFile_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
