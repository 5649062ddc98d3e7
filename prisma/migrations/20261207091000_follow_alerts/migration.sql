-- Issue 19 part 1: alerts to followers (lib/follows/alerts)
CREATE TABLE "PublicChangeFacts" (
    "id" BIGSERIAL NOT NULL,
    "entityType" "PublicEntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT clock_timestamp(),
    "processedAt" TIMESTAMP(3),
    CONSTRAINT "PublicChangeFacts_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "PublicChangeFacts_processedAt_idx" ON "PublicChangeFacts"("processedAt");

-- The alert job's question: which items have unprocessed rows, and how old is the newest
CREATE INDEX "PublicChangeFacts_unprocessed_idx" ON "PublicChangeFacts"("entityType", "entityId", "occurredAt")
  WHERE "processedAt" IS NULL;

CREATE TABLE "FollowAlert" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "dedupeKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prisonerIds" TEXT[],
    "countryCode" TEXT,
    "letterId" TEXT,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cursor" UUID,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "fannedOutAt" TIMESTAMP(3),
    CONSTRAINT "FollowAlert_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "FollowAlert_dedupeKey_key" ON "FollowAlert"("dedupeKey");

CREATE INDEX "FollowAlert_createdAt_idx" ON "FollowAlert"("createdAt");

CREATE INDEX "FollowAlert_fannedOutAt_idx" ON "FollowAlert"("fannedOutAt");

CREATE TABLE "FollowDigestRun" (
    "weekOf" DATE NOT NULL,
    "cursor" UUID,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FollowDigestRun_pkey" PRIMARY KEY ("weekOf")
);
