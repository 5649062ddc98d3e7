-- Issue 19 part 1: following prisoners, countries and letters by e-mail, without an account
CREATE TYPE "FollowCadence" AS ENUM ('INSTANT', 'WEEKLY');

CREATE TABLE "Follower" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" CITEXT NOT NULL,
    "emailKey" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "cadence" "FollowCadence" NOT NULL DEFAULT 'INSTANT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    CONSTRAINT "Follower_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Follower_emailKey_key" ON "Follower"("emailKey");

CREATE INDEX "Follower_confirmedAt_createdAt_idx" ON "Follower"("confirmedAt", "createdAt");

CREATE TABLE "Follow" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "followerId" UUID NOT NULL,
    "prisonerId" TEXT,
    "countryCode" TEXT,
    "letterId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "confirmTokenHash" TEXT,
    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id"),
    -- A follow names exactly one target
    CONSTRAINT "Follow_one_target" CHECK (num_nonnulls("prisonerId", "countryCode", "letterId") = 1)
);

CREATE UNIQUE INDEX "Follow_confirmTokenHash_key" ON "Follow"("confirmTokenHash");

CREATE UNIQUE INDEX "Follow_followerId_prisonerId_key" ON "Follow"("followerId", "prisonerId");

CREATE UNIQUE INDEX "Follow_followerId_countryCode_key" ON "Follow"("followerId", "countryCode");

CREATE UNIQUE INDEX "Follow_followerId_letterId_key" ON "Follow"("followerId", "letterId");

CREATE INDEX "Follow_prisonerId_followerId_idx" ON "Follow"("prisonerId", "followerId");

CREATE INDEX "Follow_countryCode_followerId_idx" ON "Follow"("countryCode", "followerId");

CREATE INDEX "Follow_letterId_followerId_idx" ON "Follow"("letterId", "followerId");

ALTER TABLE "Follow" ADD CONSTRAINT "Follow_followerId_fkey"
  FOREIGN KEY ("followerId") REFERENCES "Follower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Follow" ADD CONSTRAINT "Follow_prisonerId_fkey"
  FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Follow" ADD CONSTRAINT "Follow_countryCode_fkey"
  FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Follow" ADD CONSTRAINT "Follow_letterId_fkey"
  FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- "Forget me" and one-click unsubscribe delete a follower's mail from the outbox by address
-- (lib/follows/forget-follower.ts). Only follower mail is indexed, so the signing path's inserts
-- pay nothing for it. Prisma cannot declare an expression or partial index.
CREATE INDEX "OutboxMessage_follow_to_idx" ON "OutboxMessage" (lower("to")) WHERE "kind" LIKE 'follow.%';

-- The outbox's claim takes the due messages in ("nextAttemptAt", "id") order. An alert's fan-out
-- queues 100,000 messages with one "nextAttemptAt": with the index on ("sentAt", "nextAttemptAt")
-- alone, every claim of 100 sorted all of them by id (the send rate fell from 154 to 106 a
-- second behind such a backlog in npm run bench:alerts). This one gives them in claim order.
CREATE INDEX "OutboxMessage_due_idx" ON "OutboxMessage" ("nextAttemptAt", "id") WHERE "sentAt" IS NULL;
