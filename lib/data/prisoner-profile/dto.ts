import type { SourceConfidence } from "@/lib/generated/prisma/client";
import {
  resolveLocalizedRichText,
  resolveLocalizedText,
  resolveLocalizedTextOr,
} from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { webUrl } from "@/lib/net/web-url";
import { publicRoutes } from "@/lib/routes";
import { PROFILE_FACT_FIELDS } from "@/lib/validation/prisoner-profile-citations";
import { createCitationNumbering } from "./citations";
import type {
  CitationRefDto,
  PrisonerProfileDto,
  ProfileCaseDto,
  ProfileEventDto,
  ProfileSentenceDto,
} from "./dto-types";
import type {
  CaseRecord,
  CitationRecord,
  EventRecord,
  LocalizedJson,
  PrisonerProfileRecord,
} from "./record-types";

/** Numbers citations in page order (see createCitationNumbering). */
type Cite = (citations: readonly CitationRecord[]) => CitationRefDto[];

const confidenceStrength: Record<SourceConfidence, number> = {
  UNVERIFIED: 0,
  REPORTED: 1,
  CONFIRMED: 2,
};

/** The facts of the header and the key facts that show their own citations, in page order. */
const FACT_ORDER = PROFILE_FACT_FIELDS;

function isFactField(field: string): field is (typeof FACT_ORDER)[number] {
  return (FACT_ORDER as readonly string[]).includes(field);
}

/**
 * A fact's citations are shown next to it. Citations of a fact the page does not show (empty,
 * or withheld by a redaction such as "countryCode") are dropped; those of a fact without a
 * place of its own (the biography, the summary) count as sources of the profile as a whole,
 * returned uncited for the caller to number where the page shows them.
 */
function citeFacts(
  record: PrisonerProfileRecord,
  cite: Cite,
): { factCitations: Record<string, CitationRefDto[]>; wholeProfileCitations: CitationRecord[] } {
  const shownFacts: Record<(typeof FACT_ORDER)[number], boolean> = {
    status: record.status !== null,
    statusSince: record.statusSince !== null,
    country: record.country !== null,
    countryCode: record.country !== null,
    region: record.region !== null,
    citizenships: record.citizenships.length > 0,
    occupation: record.occupation !== null,
    arrestedOn: record.arrestedOn !== null,
  };
  const factCitations: Record<string, CitationRefDto[]> = {};
  const wholeProfileCitations: CitationRecord[] = [];
  for (const field of FACT_ORDER) {
    const citations = record.profileCitations
      .filter((entry) => entry.field === field)
      .flatMap((entry) => entry.citations);
    if (shownFacts[field] && citations.length > 0) factCitations[field] = cite(citations);
  }
  for (const { field, citations } of record.profileCitations) {
    if (field === null || !isFactField(field)) wholeProfileCitations.push(...citations);
  }
  return { factCitations, wholeProfileCitations };
}

function currentDetentionDto(
  detention: PrisonerProfileRecord["currentDetention"],
  locale: Locale,
  cite: Cite,
): PrisonerProfileDto["currentDetention"] {
  if (!detention) return null;
  return {
    facilityName: resolveLocalizedTextOr(detention.facilityName, locale, "—"),
    facilityKind: detention.facilityKind,
    facilityRegion: resolveLocalizedText(detention.facilityRegion, locale),
    startedOn: detention.startedOn,
    note: resolveLocalizedText(detention.note, locale),
    postalAddress: detention.postalAddress,
    addressNotes: resolveLocalizedText(detention.addressNotes, locale),
    citations: cite(detention.citations),
  };
}

function detentionHistoryDto(
  record: PrisonerProfileRecord,
  locale: Locale,
): PrisonerProfileDto["detentionHistory"] {
  const currentIndex = record.detentionHistory.findIndex((item) => item.endedOn === null);
  return record.detentionHistory.map((detention, index) => ({
    id: detention.id,
    facilityName: resolveLocalizedTextOr(detention.facilityName, locale, "—"),
    facilityKind: detention.facilityKind,
    facilityRegion: resolveLocalizedText(detention.facilityRegion, locale),
    startedOn: detention.startedOn,
    endedOn: detention.endedOn,
    note: resolveLocalizedText(detention.note, locale),
    current: index === currentIndex,
  }));
}

/**
 * Each dated detention after the first is a transfer from the one before it (the history is
 * most recent first, so "before" is the next item). A day a published TRANSFER event already
 * covers is left to the event.
 */
function transfersOf(
  history: PrisonerProfileDto["detentionHistory"],
  events: PrisonerProfileRecord["events"],
): PrisonerProfileDto["transfers"] {
  const toldByEvents = new Set(
    events.filter((event) => event.type === "TRANSFER").map((event) => event.date.iso),
  );
  return history.flatMap((detention, index) => {
    const previous = history[index + 1];
    if (!previous || !detention.startedOn || toldByEvents.has(detention.startedOn.iso)) return [];
    return [
      {
        id: detention.id,
        date: detention.startedOn,
        from: previous.facilityName,
        to: detention.facilityName,
      },
    ];
  });
}

function recognitionDto(
  recognition: PrisonerProfileRecord["recognitions"][number],
  locale: Locale,
  cite: Cite,
): PrisonerProfileDto["recognitions"][number] {
  return {
    organisationName: resolveLocalizedTextOr(recognition.organisationName, locale, "—"),
    organisationUrl: webUrl(recognition.organisationUrl),
    kind: recognition.kind,
    recognisedOn: recognition.recognisedOn,
    url: webUrl(recognition.url),
    note: resolveLocalizedText(recognition.note, locale),
    citations: cite(recognition.citations),
  };
}

function sentenceOf(item: CaseRecord, locale: Locale): ProfileSentenceDto | null {
  if (!item.sentenceKind && item.sentenceMonths === null && !item.sentenceNote) return null;
  const note = resolveLocalizedText(item.sentenceNote, locale);
  if (!item.sentenceKind && item.sentenceMonths === null && !note) return null;
  return { kind: item.sentenceKind, months: item.sentenceMonths, regime: item.regime, note };
}

function caseDto(item: CaseRecord, locale: Locale, cite: Cite): ProfileCaseDto {
  const text = (value: LocalizedJson) => resolveLocalizedText(value, locale);
  return {
    id: item.id,
    title: text(item.title),
    caseNumber: item.caseNumber,
    court: text(item.court),
    courtCity: text(item.courtCity),
    stage: item.stage,
    detainedOn: item.detainedOn,
    indictedOn: item.indictedOn,
    trialStartedOn: item.trialStartedOn,
    verdictOn: item.verdictOn,
    appealDecidedOn: item.appealDecidedOn,
    appealOutcome: text(item.appealOutcome),
    sentence: sentenceOf(item, locale),
    expectedReleaseOn: item.expectedReleaseOn,
    notes: text(item.notes),
    charges: item.charges.map((charge) => ({
      code: resolveLocalizedTextOr(charge.code, locale, charge.codeFallback),
      article: charge.article,
      part: charge.part,
      title: text(charge.title),
      note: text(charge.note),
    })),
    citations: cite(item.citations),
  };
}

/** The strongest confidence among the event's sources; UNVERIFIED when it cites none. */
function eventConfidence(event: EventRecord, record: PrisonerProfileRecord): SourceConfidence {
  return event.citations
    .map(({ sourceId }) => record.sources[sourceId]?.confidence)
    .filter((value): value is SourceConfidence => value !== undefined)
    .reduce<SourceConfidence>(
      (best, value) => (confidenceStrength[value] > confidenceStrength[best] ? value : best),
      "UNVERIFIED",
    );
}

function eventDto(
  event: EventRecord,
  record: PrisonerProfileRecord,
  locale: Locale,
  cite: Cite,
): ProfileEventDto {
  return {
    id: event.id,
    date: event.date,
    type: event.type,
    title: resolveLocalizedText(event.title, locale),
    text: resolveLocalizedText(event.text, locale),
    confidence: eventConfidence(event, record),
    citations: cite(event.citations),
  };
}

/** The key facts show the sentence of the latest case that has one. */
function currentSentenceOf(cases: ProfileCaseDto[]): PrisonerProfileDto["currentSentence"] {
  const sentenced = [...cases].reverse().find((item) => item.sentence);
  return sentenced?.sentence
    ? { ...sentenced.sentence, expectedReleaseOn: sentenced.expectedReleaseOn }
    : null;
}

function letterDtos(record: PrisonerProfileRecord, locale: Locale): PrisonerProfileDto["letters"] {
  return record.letters.map((letter) => ({
    slug: letter.slug,
    kind: letter.kind,
    state: letter.state,
    title: resolveLocalizedTextOr(letter.title, locale, letter.slug),
    summary: resolveLocalizedText(letter.summary, locale),
    signatureCount: letter.signatureCount,
  }));
}

function publicationDtos(
  record: PrisonerProfileRecord,
  locale: Locale,
): PrisonerProfileDto["publications"] {
  return record.publications.map((publication) => ({
    slug: publication.slug,
    type: publication.type,
    href: publicRoutes.publication(publication),
    title: resolveLocalizedTextOr(publication.title, locale, publication.slug),
    publishedOn: publication.publishedOn,
  }));
}

/** Whether any resolved text in the DTO is in the fallback language. */
function containsFallback(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsFallback);
  if (value === null || typeof value !== "object") return false;
  if ("isFallback" in value && value.isFallback === true) return true;
  return Object.values(value).some(containsFallback);
}

/** The DTO of one locale. Pure, so that it can be tested without a database or a cache. */
export function toPrisonerProfileDto(
  record: PrisonerProfileRecord,
  locale: Locale,
): PrisonerProfileDto {
  const text = (value: LocalizedJson) => resolveLocalizedText(value, locale);
  const numbering = createCitationNumbering(record.sources);
  const { cite } = numbering;

  // Citations are numbered in the order the page shows them (components/profile/profile-body.tsx):
  // the facts of the header and key facts, the profile as a whole ("About the case"), the criteria
  // and recognitions, the cases, the timeline (newest first).
  const { factCitations, wholeProfileCitations } = citeFacts(record, cite);
  const currentDetention = currentDetentionDto(record.currentDetention, locale, cite);
  // Shown at the end of "About the case", before the criteria.
  const generalCitations = cite(wholeProfileCitations);
  const criteria = record.criteria.map((assessment) => ({
    criterion: assessment.criterion,
    reasoning: text(assessment.reasoning),
    citations: cite(assessment.citations),
  }));
  const recognitions = record.recognitions.map((item) => recognitionDto(item, locale, cite));
  const cases = record.cases.map((item) => caseDto(item, locale, cite));
  const events = record.events.map((event) => eventDto(event, record, locale, cite));

  const detentionHistory = detentionHistoryDto(record, locale);

  const dto: PrisonerProfileDto = {
    slug: record.slug,
    name: resolveLocalizedTextOr(record.name, locale, record.slug),
    nameVariants: record.nameVariants,
    status: record.status,
    statusSince: record.statusSince,
    arrestedOn: record.arrestedOn,
    country: record.country
      ? {
          code: record.country.code,
          name: resolveLocalizedTextOr(record.country.name, locale, record.country.code),
        }
      : null,
    region: text(record.region),
    citizenships: record.citizenships,
    occupation: text(record.occupation),
    summary: text(record.summary),
    biography: resolveLocalizedRichText(record.biography, locale),
    photo: record.photo ? { ...record.photo, alt: text(record.photo.alt) } : null,
    currentDetention,
    detentionHistory,
    transfers: transfersOf(detentionHistory, record.events),
    currentSentence: currentSentenceOf(cases),
    cases,
    criteria,
    recognitions,
    events,
    letters: letterDtos(record, locale),
    publications: publicationDtos(record, locale),
    factCitations,
    generalCitations,
    sources: numbering.sources(),
    lastUpdated: record.lastUpdated,
    hasFallbackText: false,
  };
  dto.hasFallbackText = containsFallback(dto);
  return dto;
}
