-- Whether a source's attached document may be downloaded from the public site. Off by default:
-- an uploaded copy may be a private letter or a scan with personal data, and staff decide per
-- source (a court ruling may be published, a letter from prison may not).
ALTER TABLE "Source" ADD COLUMN "documentPublic" BOOLEAN NOT NULL DEFAULT false;
