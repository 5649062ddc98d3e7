-- Issue 19 part 5: letters that get answers. Thresholds of a petition and when each was first
-- reached, the addressee's answers, the signers' "tell me what happens" choice, and the
-- announcements to those signers. See lib/letter-answers/README.md.
-- No semicolon in this file but at the ends of statements: the pg driver adapter splits there.

ALTER TABLE "Signature" ADD COLUMN "notifyOutcome" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "LetterThreshold" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "label" JSONB NOT NULL,
    CONSTRAINT "LetterThreshold_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "LetterThreshold_letterId_count_key" ON "LetterThreshold"("letterId", "count");

ALTER TABLE "LetterThreshold" ADD CONSTRAINT "LetterThreshold_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "LetterThresholdCrossing" (
    "letterId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "seenCount" INTEGER NOT NULL,
    "crossedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LetterThresholdCrossing_pkey" PRIMARY KEY ("letterId", "count")
);

ALTER TABLE "LetterThresholdCrossing" ADD CONSTRAINT "LetterThresholdCrossing_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "LetterAnswer" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "answeredBy" TEXT NOT NULL,
    "summary" JSONB NOT NULL,
    "text" TEXT,
    "textLang" TEXT,
    "documentId" TEXT,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "LetterAnswer_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LetterAnswer_letterId_state_idx" ON "LetterAnswer"("letterId", "state");

CREATE INDEX "LetterAnswer_documentId_idx" ON "LetterAnswer"("documentId");

ALTER TABLE "LetterAnswer" ADD CONSTRAINT "LetterAnswer_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "LetterAnswer" ADD CONSTRAINT "LetterAnswer_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "LetterOutcomeMailing" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "deliveryIds" TEXT[],
    "answerIds" TEXT[],
    "cursor" UUID,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LetterOutcomeMailing_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "LetterOutcomeMailing_letterId_idx" ON "LetterOutcomeMailing"("letterId");

ALTER TABLE "LetterOutcomeMailing" ADD CONSTRAINT "LetterOutcomeMailing_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The opted-in signers of a letter, in the order the announcement job walks them.
CREATE INDEX "Signature_notifyOutcome_idx" ON "Signature"("letterId", "id") WHERE "notifyOutcome" AND "status" = 'CONFIRMED';

-- Signatures over time (lib/letter-answers/signature-timeline.ts): confirmed signatures of a
-- letter by confirmation time are already served by Signature_letterId_status_confirmedAt_idx.
