import type {
  CaseStage,
  EventType,
  FacilityKind,
  LetterKind,
  NameScript,
  NameVariantKind,
  OrganisationKind,
  PaceCriterion,
  PenalRegime,
  Prisma,
  PrisonerStatus,
  PublicationType,
  RecognitionKind,
  SentenceKind,
  SourceConfidence,
} from "@/lib/generated/prisma/client";
import type { CalendarDate } from "@/lib/data/calendar-date";
import type { PublicLetterState } from "@/lib/data/letters";

/**
 * The cached record of a public profile (step 1 of ./index.ts): every locale, redactions already
 * applied, plain JSON. Built by ./record.ts, turned into one locale's DTO by ./dto.ts.
 */

/** A localised JSON column as stored (LocalizedText or ResolvedRichText), resolved per locale later. */
export type LocalizedJson = Prisma.JsonValue;

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  archiveUrl: string | null;
  publishedOn: CalendarDate | null;
  confidence: SourceConfidence;
  language: string | null;
  /** The attached PDF, only when staff made it public (Source.documentPublic). */
  document: { id: string; filename: string } | null;
}

export interface CitationRecord {
  sourceId: string;
  locator: string | null;
}

export interface CaseRecord {
  id: string;
  title: LocalizedJson;
  caseNumber: string | null;
  court: LocalizedJson;
  courtCity: LocalizedJson;
  stage: CaseStage;
  detainedOn: CalendarDate | null;
  indictedOn: CalendarDate | null;
  trialStartedOn: CalendarDate | null;
  verdictOn: CalendarDate | null;
  appealDecidedOn: CalendarDate | null;
  appealOutcome: LocalizedJson;
  sentenceKind: SentenceKind | null;
  sentenceMonths: number | null;
  regime: PenalRegime | null;
  sentenceNote: LocalizedJson;
  expectedReleaseOn: CalendarDate | null;
  notes: LocalizedJson;
  charges: {
    code: LocalizedJson;
    codeFallback: string;
    article: string;
    part: string;
    title: LocalizedJson;
    note: LocalizedJson;
  }[];
  citations: CitationRecord[];
}

export interface DetentionRecord {
  id: string;
  facilityName: LocalizedJson;
  facilityKind: FacilityKind;
  facilityRegion: LocalizedJson;
  startedOn: CalendarDate | null;
  endedOn: CalendarDate | null;
  note: LocalizedJson;
}

export interface EventRecord {
  id: string;
  date: CalendarDate;
  type: EventType;
  title: LocalizedJson;
  text: LocalizedJson;
  updatedAt: string;
  citations: CitationRecord[];
}

/** Everything the public profile shows, in every locale, redactions applied. JSON-serialisable. */
export interface PrisonerProfileRecord {
  id: string;
  slug: string;
  name: LocalizedJson;
  nameVariants: { value: string; script: NameScript; lang: string | null; kind: NameVariantKind }[];
  status: PrisonerStatus | null;
  statusSince: CalendarDate | null;
  arrestedOn: CalendarDate | null;
  country: { code: string; name: LocalizedJson } | null;
  region: LocalizedJson;
  citizenships: string[];
  occupation: LocalizedJson;
  summary: LocalizedJson;
  biography: LocalizedJson;
  photo: {
    /** Public address of the image (the media route). */
    src: string;
    alt: LocalizedJson;
    credit: string | null;
    width: number | null;
    height: number | null;
  } | null;
  currentDetention: {
    facilityName: LocalizedJson;
    facilityKind: FacilityKind;
    facilityRegion: LocalizedJson;
    startedOn: CalendarDate | null;
    note: LocalizedJson;
    /** Only when the detention's addressPublic is set and "facilityAddress" is not redacted. */
    postalAddress: string | null;
    addressNotes: LocalizedJson;
    citations: CitationRecord[];
  } | null;
  /**
   * Every detention, most recent first (unknown start last), for the history and the transfers
   * on the timeline. Empty when "detentions" is redacted; never the facility's address.
   */
  detentionHistory: DetentionRecord[];
  cases: CaseRecord[];
  criteria: { criterion: PaceCriterion; reasoning: LocalizedJson; citations: CitationRecord[] }[];
  recognitions: {
    organisationName: LocalizedJson;
    organisationUrl: string | null;
    organisationKind: OrganisationKind;
    kind: RecognitionKind;
    recognisedOn: CalendarDate | null;
    url: string | null;
    note: LocalizedJson;
    citations: CitationRecord[];
  }[];
  /** Published events, newest first. */
  events: EventRecord[];
  letters: {
    slug: string;
    kind: LetterKind;
    state: PublicLetterState;
    title: LocalizedJson;
    summary: LocalizedJson;
    signatureCount: number;
  }[];
  publications: {
    slug: string;
    type: PublicationType;
    title: LocalizedJson;
    publishedOn: CalendarDate | null;
  }[];
  /** Citations of the profile itself: `field` names the fact ("status"), null the whole profile. */
  profileCitations: { field: string | null; citations: CitationRecord[] }[];
  sources: Record<string, SourceRecord>;
  /** The latest change of the profile or of one of its published events (ISO timestamp). */
  lastUpdated: string | null;
}
