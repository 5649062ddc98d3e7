-- Issue 20 item 5: the change feed (GET /api/v1/changes). One row per change of what the public
-- sees, written in the same transaction as the write: ids and types only, never content.

CREATE TYPE "PublicEntityType" AS ENUM ('prisoner', 'letter', 'publication', 'country', 'article', 'facility');

CREATE TYPE "PublicChangeKind" AS ENUM ('published', 'changed', 'removed');

CREATE TABLE "PublicChange" (
    "id" BIGSERIAL NOT NULL,
    "entityType" "PublicEntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "slug" TEXT,
    "kind" "PublicChangeKind" NOT NULL,
    "aspects" TEXT[],
    -- clock_timestamp(), not now(): the insert's time, taken under the writers' advisory lock, so
    -- that it never decreases with "id" (lib/content-store/record-public-change.ts).
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT "PublicChange_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "PublicChange_occurredAt_idx" ON "PublicChange"("occurredAt");
