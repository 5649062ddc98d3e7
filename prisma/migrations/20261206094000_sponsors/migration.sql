-- Issue 19 parts 3 and 4: prisoners' sponsors (verified notable signatories who "adopt" a
-- prisoner), and the indexes behind the public calendar of birthdays and detention anniversaries.

CREATE TABLE "PrisonerSponsor" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "signatoryId" TEXT NOT NULL,
    "since" DATE NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "alertEmail" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,
    CONSTRAINT "PrisonerSponsor_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "PrisonerSponsor_prisonerId_signatoryId_key" ON "PrisonerSponsor"("prisonerId", "signatoryId");

CREATE INDEX "PrisonerSponsor_signatoryId_idx" ON "PrisonerSponsor"("signatoryId");

ALTER TABLE "PrisonerSponsor" ADD CONSTRAINT "PrisonerSponsor_prisonerId_fkey"
  FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "PrisonerSponsor" ADD CONSTRAINT "PrisonerSponsor_signatoryId_fkey"
  FOREIGN KEY ("signatoryId") REFERENCES "NotableSignatory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The calendar reads one month of birthdays among published profiles (lib/calendar): by the
-- birth date's month, which no existing index serves at 100,000 profiles. Prisma cannot declare
-- an expression index, so it lives here only. Anniversaries use ("state", "arrestedOn").
CREATE INDEX "Prisoner_published_birth_month_idx" ON "Prisoner" ((EXTRACT(MONTH FROM "birthDate")))
  WHERE "state" = 'PUBLISHED' AND "birthDate" IS NOT NULL;
