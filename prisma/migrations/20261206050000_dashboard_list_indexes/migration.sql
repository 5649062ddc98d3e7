-- Dashboard lists at 100,000 records (issue 17): the prisoner list and the sources list are read
-- by keyset in their display order, and the review queue reads what is in review newest first.

-- CreateIndex
CREATE INDEX "Prisoner_sortName_id_idx" ON "Prisoner"("sortName", "id");

-- CreateIndex
CREATE INDEX "Prisoner_state_updatedAt_idx" ON "Prisoner"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "Source_updatedAt_id_idx" ON "Source"("updatedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Event_state_updatedAt_idx" ON "Event"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "Publication_state_updatedAt_idx" ON "Publication"("state", "updatedAt");
