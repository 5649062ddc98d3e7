-- Mail that cannot get stuck (lib/mail/README.md): when each message last failed (failures in the
-- last hour), and one row of delivery state with the failure alert's "sent once" mark.
ALTER TABLE "OutboxMessage" ADD COLUMN "lastFailedAt" TIMESTAMP(3);

CREATE INDEX "OutboxMessage_lastFailedAt_idx" ON "OutboxMessage"("lastFailedAt");

CREATE TABLE "MailDeliveryState" (
    "id" TEXT NOT NULL DEFAULT 'outbox',
    "failingSince" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastFailureAt" TIMESTAMP(3),
    "lastErrorKind" TEXT,
    "alertedFailingSince" TIMESTAMP(3),
    "alertSentAt" TIMESTAMP(3),

    CONSTRAINT "MailDeliveryState_pkey" PRIMARY KEY ("id")
);
