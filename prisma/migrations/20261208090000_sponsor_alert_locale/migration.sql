-- The language of a sponsor's alerts (lib/follows/alerts/fan-out.ts sends each sponsor's alert in
-- it). Existing sponsorships keep English, the language their alerts were sent in so far. Written
-- by hand: the values are the site's locales, checked by the sponsor form (sponsor-input.ts).
ALTER TABLE "PrisonerSponsor" ADD COLUMN "alertLocale" TEXT NOT NULL DEFAULT 'en';
