-- Issue 19 part 2: write to a prisoner. Whether letters arrive (per prisoner and per facility,
-- with the date last checked), each country's letter rules, and the monthly "I sent a letter" count.

CREATE TYPE "LetterArrival" AS ENUM ('ARRIVE', 'DO_NOT_ARRIVE', 'UNKNOWN');

ALTER TABLE "Prisoner"
  ADD COLUMN "lettersArrive" "LetterArrival" NOT NULL DEFAULT 'UNKNOWN',
  ADD COLUMN "lettersCheckedOn" DATE;

ALTER TABLE "Facility"
  ADD COLUMN "lettersArrive" "LetterArrival" NOT NULL DEFAULT 'UNKNOWN',
  ADD COLUMN "lettersCheckedOn" DATE;

ALTER TABLE "Country" ADD COLUMN "letterRules" JSONB;

CREATE TABLE "LettersSentMonth" (
    "prisonerId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "LettersSentMonth_pkey" PRIMARY KEY ("prisonerId", "month"),
    CONSTRAINT "LettersSentMonth_count_check" CHECK ("count" >= 0)
);

CREATE INDEX "LettersSentMonth_month_idx" ON "LettersSentMonth"("month");

ALTER TABLE "LettersSentMonth" ADD CONSTRAINT "LettersSentMonth_prisonerId_fkey"
  FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
