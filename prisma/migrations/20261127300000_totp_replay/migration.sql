-- One-time codes are single use (RFC 6238, section 5.2): the 30-second step of the last code
-- accepted at sign-in, so that an observed code cannot be replayed within its window.
ALTER TABLE "User" ADD COLUMN "totpLastUsedStep" INTEGER;
