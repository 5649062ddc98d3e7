import type {
  CaseStage,
  EventType,
  FacilityKind,
  LetterKind,
  NameScript,
  NameVariantKind,
  PaceCriterion,
  PenalRegime,
  PrisonerStatus,
  PublicationType,
  RecognitionKind,
  SentenceKind,
  SourceConfidence,
} from "@/lib/generated/prisma/client";
import type { CalendarDate } from "@/lib/data/calendar-date";
import type { PublicLetterState } from "@/lib/data/letters";
import type { ResolvedRichText, ResolvedText } from "@/lib/i18n/resolved-text";

/**
 * What the public profile page (and the dashboard's preview of it) renders: one locale, text
 * resolved, sources numbered as footnotes. Made by ./dto.ts from the cached record.
 */

/** A footnote reference: the number of the source in the page's "Sources" list. */
export interface CitationRefDto {
  number: number;
  /** Id of this reference in the page, the target of the source's back-link. */
  refId: string;
  /** Page, paragraph or timestamp in the source. */
  locator: string | null;
}

export interface SourceDto {
  number: number;
  /** Anchor of the source in the "Sources" list. */
  anchorId: string;
  title: string;
  /** Language of the title (the source's own language). */
  lang: string | null;
  publisher: string | null;
  /** The original when known, otherwise the archived copy. */
  url: string | null;
  archiveUrl: string | null;
  publishedOn: CalendarDate | null;
  confidence: SourceConfidence;
  /** The public address of the attached PDF when staff made it public, else null. */
  documentUrl: string | null;
  /** Where the page cites the source, in page order. */
  backRefs: { refId: string }[];
}

export interface NameVariantDto {
  value: string;
  lang: string | null;
  kind: NameVariantKind;
  script: NameScript;
}

export interface ProfileCaseDto {
  id: string;
  title: ResolvedText | null;
  caseNumber: string | null;
  court: ResolvedText | null;
  courtCity: ResolvedText | null;
  stage: CaseStage;
  detainedOn: CalendarDate | null;
  indictedOn: CalendarDate | null;
  trialStartedOn: CalendarDate | null;
  verdictOn: CalendarDate | null;
  appealDecidedOn: CalendarDate | null;
  appealOutcome: ResolvedText | null;
  sentence: ProfileSentenceDto | null;
  expectedReleaseOn: CalendarDate | null;
  notes: ResolvedText | null;
  charges: {
    code: ResolvedText;
    article: string;
    part: string;
    title: ResolvedText | null;
    note: ResolvedText | null;
  }[];
  citations: CitationRefDto[];
}

export interface ProfileSentenceDto {
  kind: SentenceKind | null;
  months: number | null;
  regime: PenalRegime | null;
  note: ResolvedText | null;
}

export interface ProfileEventDto {
  id: string;
  date: CalendarDate;
  type: EventType;
  title: ResolvedText | null;
  text: ResolvedText | null;
  /** The strongest confidence among the event's sources; UNVERIFIED when it cites none. */
  confidence: SourceConfidence;
  citations: CitationRefDto[];
}

/** One place of detention in the profile's history. */
export interface ProfileDetentionDto {
  id: string;
  facilityName: ResolvedText;
  facilityKind: FacilityKind;
  facilityRegion: ResolvedText | null;
  startedOn: CalendarDate | null;
  endedOn: CalendarDate | null;
  note: ResolvedText | null;
  /** The place the person is held now (no end date; the one the key facts name). */
  current: boolean;
}

/**
 * A move from one place of detention to the next, as the detention history shows it: dated by
 * the start of the next detention. Shown on the timeline among the events.
 */
export interface ProfileTransferDto {
  id: string;
  date: CalendarDate;
  from: ResolvedText;
  to: ResolvedText;
}

export interface PrisonerProfileDto {
  slug: string;
  name: ResolvedText;
  nameVariants: NameVariantDto[];
  status: PrisonerStatus | null;
  statusSince: CalendarDate | null;
  arrestedOn: CalendarDate | null;
  country: { code: string; name: ResolvedText } | null;
  region: ResolvedText | null;
  citizenships: string[];
  occupation: ResolvedText | null;
  summary: ResolvedText | null;
  biography: ResolvedRichText | null;
  photo: {
    src: string;
    alt: ResolvedText | null;
    credit: string | null;
    width: number | null;
    height: number | null;
  } | null;
  currentDetention: {
    facilityName: ResolvedText;
    facilityKind: FacilityKind;
    facilityRegion: ResolvedText | null;
    startedOn: CalendarDate | null;
    note: ResolvedText | null;
    postalAddress: string | null;
    addressNotes: ResolvedText | null;
    citations: CitationRefDto[];
  } | null;
  /** Every detention, most recent first; empty when withheld. */
  detentionHistory: ProfileDetentionDto[];
  /**
   * The transfers between the detentions, newest first, except those a published TRANSFER
   * event of the same day already tells (the editors' own words win).
   */
  transfers: ProfileTransferDto[];
  /** The sentence shown among the key facts: that of the latest case with one. */
  currentSentence: (ProfileSentenceDto & { expectedReleaseOn: CalendarDate | null }) | null;
  cases: ProfileCaseDto[];
  criteria: {
    criterion: PaceCriterion;
    reasoning: ResolvedText | null;
    citations: CitationRefDto[];
  }[];
  recognitions: {
    organisationName: ResolvedText;
    organisationUrl: string | null;
    kind: RecognitionKind;
    recognisedOn: CalendarDate | null;
    url: string | null;
    note: ResolvedText | null;
    citations: CitationRefDto[];
  }[];
  /** Newest first; the page also renders them oldest first. */
  events: ProfileEventDto[];
  letters: {
    slug: string;
    kind: LetterKind;
    state: PublicLetterState;
    title: ResolvedText;
    summary: ResolvedText | null;
    signatureCount: number;
  }[];
  publications: {
    slug: string;
    type: PublicationType;
    /** The public path (publicRoutes.publication: reports apart, the rest with the news). */
    href: string;
    title: ResolvedText;
    publishedOn: CalendarDate | null;
  }[];
  /** Citations of single facts of the profile, by field name ("status", "arrestedOn"). */
  factCitations: Record<string, CitationRefDto[]>;
  /** Citations of the profile as a whole. */
  generalCitations: CitationRefDto[];
  sources: SourceDto[];
  /** ISO timestamp of the latest change of the profile or its published events. */
  lastUpdated: string | null;
  /** Whether any text shown is in the fallback language (the page then says so). */
  hasFallbackText: boolean;
}
