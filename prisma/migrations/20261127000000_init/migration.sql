-- Extensions Vigil relies on: trigram indexes for fuzzy name search (pg_trgm), accent-insensitive
-- matching (unaccent) and case-insensitive e-mail columns (citext). Written by hand: Prisma's
-- postgresqlExtensions preview feature is not used.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS citext;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('NGO', 'UN_BODY', 'INTERGOVERNMENTAL', 'GOVERNMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "PrisonerStatus" AS ENUM ('PRETRIAL_DETENTION', 'HOUSE_ARREST', 'IMPRISONED', 'UNDER_INVESTIGATION', 'NON_CUSTODIAL_SENTENCE', 'FACING_EXTRADITION', 'IN_EXILE', 'RELEASED_ON_PAROLE', 'RELEASED', 'DECEASED');

-- CreateEnum
CREATE TYPE "PrisonerRole" AS ENUM ('JOURNALIST', 'ACTIVIST', 'LAWYER', 'BUSINESSPERSON', 'FILMMAKER', 'HUMAN_RIGHTS_DEFENDER', 'POLITICIAN', 'BLOGGER', 'RELIGIOUS_BELIEVER', 'OTHER');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'OTHER');

-- CreateEnum
CREATE TYPE "NameScript" AS ENUM ('LATIN', 'CYRILLIC', 'OTHER');

-- CreateEnum
CREATE TYPE "NameVariantKind" AS ENUM ('NATIVE', 'TRANSLITERATION', 'FORMER', 'ALIAS');

-- CreateEnum
CREATE TYPE "CaseStage" AS ENUM ('INVESTIGATION', 'TRIAL', 'SENTENCED', 'APPEAL', 'ACQUITTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "SentenceKind" AS ENUM ('IMPRISONMENT', 'SUSPENDED', 'RESTRICTION_OF_FREEDOM', 'FINE', 'HOUSE_ARREST', 'COMPULSORY_TREATMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "PenalRegime" AS ENUM ('SETTLEMENT_COLONY', 'GENERAL', 'STRICT', 'SPECIAL', 'PRISON', 'OTHER');

-- CreateEnum
CREATE TYPE "PaceCriterion" AS ENUM ('FUNDAMENTAL_RIGHT_VIOLATED', 'PURELY_POLITICAL_REASONS', 'DISPROPORTIONATE_LENGTH_OR_CONDITIONS', 'DISCRIMINATORY_DETENTION', 'UNFAIR_PROCEEDINGS');

-- CreateEnum
CREATE TYPE "RecognitionKind" AS ENUM ('POLITICAL_PRISONER_LIST', 'PRISONER_OF_CONSCIENCE', 'UN_WGAD_OPINION', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceConfidence" AS ENUM ('CONFIRMED', 'REPORTED', 'UNVERIFIED');

-- CreateEnum
CREATE TYPE "FacilityKind" AS ENUM ('PRETRIAL_DETENTION_CENTRE', 'PENAL_COLONY', 'PRISON', 'POLICE_CUSTODY', 'PSYCHIATRIC_HOSPITAL', 'OTHER');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('ARREST', 'CHARGE', 'HEARING', 'COURT_RULING', 'VERDICT', 'APPEAL', 'TRANSFER', 'TORTURE_REPORT', 'HUNGER_STRIKE', 'HEALTH', 'RELEASE', 'EXTRADITION_REQUEST', 'ASYLUM_DECISION', 'INTERNATIONAL_REACTION', 'STATEMENT', 'PROTEST', 'OTHER');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('IMAGE', 'PDF');

-- CreateEnum
CREATE TYPE "PublicationType" AS ENUM ('NEWS', 'REPORT', 'STATEMENT');

-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('OPEN_LETTER', 'PETITION');

-- CreateEnum
CREATE TYPE "LetterState" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'DELIVERED');

-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('EMAIL', 'POST', 'IN_PERSON', 'ONLINE_PORTAL', 'OTHER');

-- CreateEnum
CREATE TYPE "SignatureVisibility" AS ENUM ('PUBLIC', 'DELIVERY_ONLY', 'COUNT_ONLY');

-- CreateEnum
CREATE TYPE "SignatureStatus" AS ENUM ('PENDING', 'CONFIRMED', 'WITHDRAWN', 'INVALIDATED');

-- CreateEnum
CREATE TYPE "SignatureFlag" AS ENUM ('BURST_FROM_IP', 'BURST_FROM_NETWORK', 'DISPOSABLE_DOMAIN', 'ADDRESS_PATTERN', 'HONEYPOT', 'TOO_FAST');

-- CreateEnum
CREATE TYPE "SignatureTokenPurpose" AS ENUM ('CONFIRM', 'WITHDRAW');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'CONTRIBUTOR');

-- CreateEnum
CREATE TYPE "InaccuracyReportStatus" AS ENUM ('OPEN', 'ASSIGNED', 'RESOLVED', 'DISMISSED');

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "slug" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Affiliation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB,
    "countryCode" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "url" TEXT,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'NGO',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriminalCodeArticle" (
    "id" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "codeName" JSONB NOT NULL,
    "article" TEXT NOT NULL,
    "part" TEXT NOT NULL DEFAULT '',
    "title" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "CriminalCodeArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Prisoner" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "sortName" TEXT NOT NULL,
    "gender" "Gender",
    "birthYear" INTEGER,
    "birthDate" DATE,
    "citizenships" TEXT[],
    "countryCode" TEXT NOT NULL,
    "region" JSONB,
    "roles" "PrisonerRole"[],
    "occupation" JSONB,
    "status" "PrisonerStatus" NOT NULL,
    "statusSince" DATE,
    "statusSincePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "arrestedOn" DATE,
    "arrestedOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "summary" JSONB NOT NULL,
    "biography" JSONB,
    "photoId" TEXT,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "redactedFields" TEXT[],
    "lastReviewedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Prisoner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrisonerInternal" (
    "prisonerId" TEXT NOT NULL,
    "familyContacts" TEXT,
    "lawyerContacts" TEXT,
    "consentNotes" TEXT,
    "notes" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "PrisonerInternal_pkey" PRIMARY KEY ("prisonerId")
);

-- CreateTable
CREATE TABLE "NameVariant" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "script" "NameScript" NOT NULL,
    "lang" TEXT,
    "kind" "NameVariantKind" NOT NULL,

    CONSTRAINT "NameVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrisonerStatusChange" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "status" "PrisonerStatus" NOT NULL,
    "effectiveOn" DATE,
    "effectiveOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "note" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrisonerStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrisonerTag" (
    "prisonerId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    CONSTRAINT "PrisonerTag_pkey" PRIMARY KEY ("prisonerId","tagId")
);

-- CreateTable
CREATE TABLE "PrisonerAffiliation" (
    "prisonerId" TEXT NOT NULL,
    "affiliationId" TEXT NOT NULL,
    "role" JSONB,

    CONSTRAINT "PrisonerAffiliation_pkey" PRIMARY KEY ("prisonerId","affiliationId")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "title" JSONB,
    "caseNumber" TEXT,
    "court" JSONB,
    "courtCity" JSONB,
    "stage" "CaseStage" NOT NULL,
    "detainedOn" DATE,
    "indictedOn" DATE,
    "trialStartedOn" DATE,
    "verdictOn" DATE,
    "appealDecidedOn" DATE,
    "appealOutcome" JSONB,
    "sentenceKind" "SentenceKind",
    "sentenceMonths" INTEGER,
    "regime" "PenalRegime",
    "sentenceNote" JSONB,
    "expectedReleaseOn" DATE,
    "notes" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "note" JSONB,

    CONSTRAINT "Charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionAssessment" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "criterion" "PaceCriterion" NOT NULL,
    "reasoning" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriterionAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recognition" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "RecognitionKind" NOT NULL,
    "recognisedOn" DATE,
    "url" TEXT,
    "note" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "archiveUrl" TEXT,
    "documentId" TEXT,
    "publishedOn" DATE,
    "accessedOn" DATE,
    "confidence" "SourceConfidence" NOT NULL,
    "language" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "prisonerId" TEXT,
    "field" TEXT,
    "eventId" TEXT,
    "caseId" TEXT,
    "statusChangeId" TEXT,
    "criterionAssessmentId" TEXT,
    "recognitionId" TEXT,
    "detentionId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "locator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "kind" "FacilityKind" NOT NULL,
    "countryCode" TEXT NOT NULL,
    "region" JSONB,
    "postalAddress" TEXT,
    "addressNotes" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Detention" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "startedOn" DATE,
    "startedOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "endedOn" DATE,
    "endedOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "note" JSONB,
    "addressPublic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Detention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "type" "EventType" NOT NULL,
    "title" JSONB,
    "text" JSONB NOT NULL,
    "countryCode" TEXT,
    "caseId" TEXT,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPrisoner" (
    "eventId" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,

    CONSTRAINT "EventPrisoner_pkey" PRIMARY KEY ("eventId","prisonerId")
);

-- CreateTable
CREATE TABLE "MediaAsset" (
    "id" TEXT NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "variants" JSONB,
    "alt" JSONB,
    "credit" TEXT,
    "originalFilename" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaAsset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "PublicationType" NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "publishedOn" DATE,
    "coverImageId" TEXT,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationAttachment" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,
    "title" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicationPrisoner" (
    "publicationId" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,

    CONSTRAINT "PublicationPrisoner_pkey" PRIMARY KEY ("publicationId","prisonerId")
);

-- CreateTable
CREATE TABLE "PublicationCountry" (
    "publicationId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "PublicationCountry_pkey" PRIMARY KEY ("publicationId","countryCode")
);

-- CreateTable
CREATE TABLE "Letter" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB,
    "addresseeName" JSONB NOT NULL,
    "addresseeOffice" JSONB,
    "sentOn" DATE,
    "goal" INTEGER,
    "deadline" TIMESTAMP(3),
    "state" "LetterState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "currentVersionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterVersion" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "LetterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterPrisoner" (
    "letterId" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,

    CONSTRAINT "LetterPrisoner_pkey" PRIMARY KEY ("letterId","prisonerId")
);

-- CreateTable
CREATE TABLE "LetterCountry" (
    "letterId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "LetterCountry_pkey" PRIMARY KEY ("letterId","countryCode")
);

-- CreateTable
CREATE TABLE "LetterDelivery" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "deliveredOn" DATE NOT NULL,
    "recipient" TEXT NOT NULL,
    "method" "DeliveryMethod",
    "note" JSONB,
    "responseReceivedOn" DATE,
    "response" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotableSignatory" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "office" JSONB,
    "countryCode" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "verificationNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "NotableSignatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" UUID NOT NULL,
    "letterId" TEXT NOT NULL,
    "letterVersionId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT,
    "email" CITEXT,
    "emailKey" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "city" TEXT,
    "organisation" TEXT,
    "title" TEXT,
    "visibility" "SignatureVisibility" NOT NULL DEFAULT 'PUBLIC',
    "consentGivenAt" TIMESTAMP(3) NOT NULL,
    "consentTextVersion" TEXT NOT NULL,
    "status" "SignatureStatus" NOT NULL DEFAULT 'PENDING',
    "confirmedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "invalidatedAt" TIMESTAMP(3),
    "invalidationReason" TEXT,
    "flags" "SignatureFlag"[],
    "ipHash" TEXT,
    "networkHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "anonymisedAt" TIMESTAMP(3),

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignatureToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "signatureId" UUID NOT NULL,
    "purpose" "SignatureTokenPurpose" NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignatureToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignatureCounterShard" (
    "letterId" TEXT NOT NULL,
    "shard" INTEGER NOT NULL,
    "confirmed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SignatureCounterShard_pkey" PRIMARY KEY ("letterId","shard")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" CITEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "recoveryCodeHashes" TEXT[],
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "locale" TEXT,
    "disabledAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "email" CITEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "authorId" TEXT,
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InaccuracyReport" (
    "id" TEXT NOT NULL,
    "prisonerId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "contact" TEXT,
    "locale" TEXT,
    "status" "InaccuracyReportStatus" NOT NULL DEFAULT 'OPEN',
    "assigneeId" TEXT,
    "resolution" TEXT,
    "ipHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "InaccuracyReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_slug_key" ON "Country"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Affiliation_slug_key" ON "Affiliation"("slug");

-- CreateIndex
CREATE INDEX "Affiliation_countryCode_idx" ON "Affiliation"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CriminalCodeArticle_countryCode_code_article_part_key" ON "CriminalCodeArticle"("countryCode", "code", "article", "part");

-- CreateIndex
CREATE UNIQUE INDEX "Prisoner_slug_key" ON "Prisoner"("slug");

-- CreateIndex
CREATE INDEX "Prisoner_state_sortName_idx" ON "Prisoner"("state", "sortName");

-- CreateIndex
CREATE INDEX "Prisoner_state_arrestedOn_idx" ON "Prisoner"("state", "arrestedOn");

-- CreateIndex
CREATE INDEX "Prisoner_state_status_idx" ON "Prisoner"("state", "status");

-- CreateIndex
CREATE INDEX "Prisoner_countryCode_idx" ON "Prisoner"("countryCode");

-- CreateIndex
CREATE INDEX "Prisoner_roles_idx" ON "Prisoner" USING GIN ("roles");

-- CreateIndex
CREATE INDEX "Prisoner_sortName_trgm_idx" ON "Prisoner" USING GIN ("sortName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "NameVariant_prisonerId_idx" ON "NameVariant"("prisonerId");

-- CreateIndex
CREATE INDEX "NameVariant_value_trgm_idx" ON "NameVariant" USING GIN ("value" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PrisonerStatusChange_prisonerId_effectiveOn_idx" ON "PrisonerStatusChange"("prisonerId", "effectiveOn");

-- CreateIndex
CREATE INDEX "PrisonerTag_tagId_idx" ON "PrisonerTag"("tagId");

-- CreateIndex
CREATE INDEX "PrisonerAffiliation_affiliationId_idx" ON "PrisonerAffiliation"("affiliationId");

-- CreateIndex
CREATE INDEX "Case_prisonerId_idx" ON "Case"("prisonerId");

-- CreateIndex
CREATE INDEX "Case_countryCode_idx" ON "Case"("countryCode");

-- CreateIndex
CREATE INDEX "Charge_articleId_idx" ON "Charge"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Charge_caseId_articleId_key" ON "Charge"("caseId", "articleId");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionAssessment_prisonerId_criterion_key" ON "CriterionAssessment"("prisonerId", "criterion");

-- CreateIndex
CREATE INDEX "Recognition_prisonerId_idx" ON "Recognition"("prisonerId");

-- CreateIndex
CREATE INDEX "Recognition_organisationId_idx" ON "Recognition"("organisationId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_prisonerId_field_idx" ON "Citation"("prisonerId", "field");

-- CreateIndex
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- CreateIndex
CREATE INDEX "Citation_caseId_idx" ON "Citation"("caseId");

-- CreateIndex
CREATE INDEX "Citation_statusChangeId_idx" ON "Citation"("statusChangeId");

-- CreateIndex
CREATE INDEX "Citation_criterionAssessmentId_idx" ON "Citation"("criterionAssessmentId");

-- CreateIndex
CREATE INDEX "Citation_recognitionId_idx" ON "Citation"("recognitionId");

-- CreateIndex
CREATE INDEX "Citation_detentionId_idx" ON "Citation"("detentionId");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_slug_key" ON "Facility"("slug");

-- CreateIndex
CREATE INDEX "Facility_countryCode_idx" ON "Facility"("countryCode");

-- CreateIndex
CREATE INDEX "Detention_prisonerId_startedOn_idx" ON "Detention"("prisonerId", "startedOn");

-- CreateIndex
CREATE INDEX "Detention_facilityId_idx" ON "Detention"("facilityId");

-- CreateIndex
CREATE INDEX "Event_state_date_idx" ON "Event"("state", "date");

-- CreateIndex
CREATE INDEX "Event_countryCode_date_idx" ON "Event"("countryCode", "date");

-- CreateIndex
CREATE INDEX "Event_caseId_idx" ON "Event"("caseId");

-- CreateIndex
CREATE INDEX "EventPrisoner_prisonerId_idx" ON "EventPrisoner"("prisonerId");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_storageKey_key" ON "MediaAsset"("storageKey");

-- CreateIndex
CREATE INDEX "MediaAsset_sha256_idx" ON "MediaAsset"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_slug_key" ON "Publication"("slug");

-- CreateIndex
CREATE INDEX "Publication_state_publishedOn_idx" ON "Publication"("state", "publishedOn");

-- CreateIndex
CREATE INDEX "Publication_type_state_publishedOn_idx" ON "Publication"("type", "state", "publishedOn");

-- CreateIndex
CREATE INDEX "PublicationAttachment_publicationId_position_idx" ON "PublicationAttachment"("publicationId", "position");

-- CreateIndex
CREATE INDEX "PublicationAttachment_assetId_idx" ON "PublicationAttachment"("assetId");

-- CreateIndex
CREATE INDEX "PublicationPrisoner_prisonerId_idx" ON "PublicationPrisoner"("prisonerId");

-- CreateIndex
CREATE INDEX "PublicationCountry_countryCode_idx" ON "PublicationCountry"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Letter_slug_key" ON "Letter"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Letter_currentVersionId_key" ON "Letter"("currentVersionId");

-- CreateIndex
CREATE INDEX "Letter_state_sentOn_idx" ON "Letter"("state", "sentOn");

-- CreateIndex
CREATE UNIQUE INDEX "LetterVersion_letterId_number_key" ON "LetterVersion"("letterId", "number");

-- CreateIndex
CREATE INDEX "LetterPrisoner_prisonerId_idx" ON "LetterPrisoner"("prisonerId");

-- CreateIndex
CREATE INDEX "LetterCountry_countryCode_idx" ON "LetterCountry"("countryCode");

-- CreateIndex
CREATE INDEX "LetterDelivery_letterId_idx" ON "LetterDelivery"("letterId");

-- CreateIndex
CREATE INDEX "NotableSignatory_letterId_position_idx" ON "NotableSignatory"("letterId", "position");

-- CreateIndex
CREATE INDEX "Signature_letterId_status_confirmedAt_idx" ON "Signature"("letterId", "status", "confirmedAt");

-- CreateIndex
CREATE INDEX "Signature_letterVersionId_idx" ON "Signature"("letterVersionId");

-- CreateIndex
CREATE INDEX "Signature_ipHash_createdAt_idx" ON "Signature"("ipHash", "createdAt");

-- CreateIndex
CREATE INDEX "Signature_networkHash_createdAt_idx" ON "Signature"("networkHash", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_letterId_emailKey_key" ON "Signature"("letterId", "emailKey");

-- CreateIndex
CREATE UNIQUE INDEX "SignatureToken_tokenHash_key" ON "SignatureToken"("tokenHash");

-- CreateIndex
CREATE INDEX "SignatureToken_signatureId_idx" ON "SignatureToken"("signatureId");

-- CreateIndex
CREATE INDEX "OutboxMessage_sentAt_nextAttemptAt_idx" ON "OutboxMessage"("sentAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "Revision_authorId_idx" ON "Revision"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entityType_entityId_number_key" ON "Revision"("entityType", "entityId", "number");

-- CreateIndex
CREATE INDEX "InaccuracyReport_status_createdAt_idx" ON "InaccuracyReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "InaccuracyReport_prisonerId_idx" ON "InaccuracyReport"("prisonerId");

-- CreateIndex
CREATE INDEX "InaccuracyReport_assigneeId_idx" ON "InaccuracyReport"("assigneeId");

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Affiliation" ADD CONSTRAINT "Affiliation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriminalCodeArticle" ADD CONSTRAINT "CriminalCodeArticle_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriminalCodeArticle" ADD CONSTRAINT "CriminalCodeArticle_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriminalCodeArticle" ADD CONSTRAINT "CriminalCodeArticle_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prisoner" ADD CONSTRAINT "Prisoner_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prisoner" ADD CONSTRAINT "Prisoner_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prisoner" ADD CONSTRAINT "Prisoner_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prisoner" ADD CONSTRAINT "Prisoner_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrisonerInternal" ADD CONSTRAINT "PrisonerInternal_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrisonerInternal" ADD CONSTRAINT "PrisonerInternal_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NameVariant" ADD CONSTRAINT "NameVariant_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrisonerStatusChange" ADD CONSTRAINT "PrisonerStatusChange_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrisonerTag" ADD CONSTRAINT "PrisonerTag_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrisonerTag" ADD CONSTRAINT "PrisonerTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrisonerAffiliation" ADD CONSTRAINT "PrisonerAffiliation_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrisonerAffiliation" ADD CONSTRAINT "PrisonerAffiliation_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Affiliation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "CriminalCodeArticle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionAssessment" ADD CONSTRAINT "CriterionAssessment_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_statusChangeId_fkey" FOREIGN KEY ("statusChangeId") REFERENCES "PrisonerStatusChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_criterionAssessmentId_fkey" FOREIGN KEY ("criterionAssessmentId") REFERENCES "CriterionAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "Recognition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_detentionId_fkey" FOREIGN KEY ("detentionId") REFERENCES "Detention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Detention" ADD CONSTRAINT "Detention_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Detention" ADD CONSTRAINT "Detention_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPrisoner" ADD CONSTRAINT "EventPrisoner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPrisoner" ADD CONSTRAINT "EventPrisoner_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaAsset" ADD CONSTRAINT "MediaAsset_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationAttachment" ADD CONSTRAINT "PublicationAttachment_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationAttachment" ADD CONSTRAINT "PublicationAttachment_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "MediaAsset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationPrisoner" ADD CONSTRAINT "PublicationPrisoner_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationPrisoner" ADD CONSTRAINT "PublicationPrisoner_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationCountry" ADD CONSTRAINT "PublicationCountry_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationCountry" ADD CONSTRAINT "PublicationCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "LetterVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterVersion" ADD CONSTRAINT "LetterVersion_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterVersion" ADD CONSTRAINT "LetterVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterPrisoner" ADD CONSTRAINT "LetterPrisoner_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterPrisoner" ADD CONSTRAINT "LetterPrisoner_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterCountry" ADD CONSTRAINT "LetterCountry_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterCountry" ADD CONSTRAINT "LetterCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterDelivery" ADD CONSTRAINT "LetterDelivery_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotableSignatory" ADD CONSTRAINT "NotableSignatory_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotableSignatory" ADD CONSTRAINT "NotableSignatory_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotableSignatory" ADD CONSTRAINT "NotableSignatory_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotableSignatory" ADD CONSTRAINT "NotableSignatory_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotableSignatory" ADD CONSTRAINT "NotableSignatory_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_letterVersionId_fkey" FOREIGN KEY ("letterVersionId") REFERENCES "LetterVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignatureToken" ADD CONSTRAINT "SignatureToken_signatureId_fkey" FOREIGN KEY ("signatureId") REFERENCES "Signature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignatureCounterShard" ADD CONSTRAINT "SignatureCounterShard_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InaccuracyReport" ADD CONSTRAINT "InaccuracyReport_prisonerId_fkey" FOREIGN KEY ("prisonerId") REFERENCES "Prisoner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InaccuracyReport" ADD CONSTRAINT "InaccuracyReport_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ── Written by hand: what schema.prisma cannot express ─────────────────────────────────────────

-- A citation supports exactly one thing. A prisoner profile counts as the target when prisonerId
-- is set (with "field" naming the fact, or NULL for the profile as a whole), and "field" is only
-- meaningful together with prisonerId.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_target" CHECK (
  num_nonnulls(
    "prisonerId", "eventId", "caseId", "statusChangeId",
    "criterionAssessmentId", "recognitionId", "detentionId"
  ) = 1
  AND ("field" IS NULL OR "prisonerId" IS NOT NULL)
);

-- The audit log is append-only: rows may be inserted, never changed or removed, not even by the
-- application's own database user.
-- The body is an E'' string with \073 in place of semicolons: Prisma's pg driver adapter applies a
-- migration by splitting it at every semicolon (comments and dollar quotes included), so this file
-- must contain no semicolon other than those ending statements.
CREATE FUNCTION "AuditLog_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''AuditLog is append-only''
    USING ERRCODE = ''insufficient_privilege'',
          HINT = ''Audit rows cannot be updated, deleted or truncated.''\073
END\073
';

CREATE TRIGGER "AuditLog_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "AuditLog_refuse_change"();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditLog_refuse_change"();
