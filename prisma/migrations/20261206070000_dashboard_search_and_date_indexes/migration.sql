-- The dashboard at 100,000 profiles (issue 17, item 5).
--
-- Its name search looks for a substring in the sort name, the slug, the display names (the "name"
-- JSON as text) and the name variants (lib/data/dashboard-prisoners.ts). The sort name and the
-- variants had trigram indexes, and without these two every search read every profile (450–600 ms
-- at 100,000).

-- CreateIndex
CREATE INDEX "Prisoner_slug_trgm_idx" ON "Prisoner" USING GIN ("slug" gin_trgm_ops);

-- An expression index, which the Prisma schema cannot declare: it lives in this migration only.
CREATE INDEX "Prisoner_name_text_trgm_idx" ON "Prisoner" USING GIN (("name"::text) gin_trgm_ops);

-- The home's releases and court dates ask for cases with a date in the next 30 days, one date
-- column at a time (lib/data/attention-dates.ts): without these, eight scans of every case per
-- visit (40–60 ms each at 125,000 cases, 1–5 ms with them).

-- CreateIndex
CREATE INDEX "Case_expectedReleaseOn_idx" ON "Case"("expectedReleaseOn");

-- CreateIndex
CREATE INDEX "Case_trialStartedOn_idx" ON "Case"("trialStartedOn");

-- CreateIndex
CREATE INDEX "Case_verdictOn_idx" ON "Case"("verdictOn");

-- CreateIndex
CREATE INDEX "Case_appealDecidedOn_idx" ON "Case"("appealDecidedOn");

-- The home's "my drafts" reads a person's drafts, last changed first (lib/data/attention-content.ts):
-- by state alone it read every draft profile of everyone (20–110 ms at 7,000 drafts).

-- CreateIndex
CREATE INDEX "Prisoner_createdById_state_updatedAt_idx" ON "Prisoner"("createdById", "state", "updatedAt");
