import "server-only";
import { toCalendarDate } from "@/lib/data/calendar-date";
import type { LetterArrival } from "@/lib/generated/prisma/enums";
import { effectiveLetterArrival } from "@/lib/letters-to-prisoners/letter-arrival";
import type { PublicLetterState } from "@/lib/data/letters";
import { apiRoutes } from "@/lib/routes";
import { mediaFilename } from "@/lib/storage/media-files";
import type {
  CaseRecord,
  CitationRecord,
  DetentionRecord,
  EventRecord,
  PrisonerProfileRecord,
  SourceRecord,
} from "./record-types";
import type { CitationRow, ProfileRow } from "./select";

/** Whether any of the fields is named in the profile's `redactedFields`. */
type Hidden = (...fields: string[]) => boolean;

/** Keeps citations as references to sources, and the sources once each in the record. */
type Cite = (rows: readonly CitationRow[]) => CitationRecord[];

function sourceRecord(source: CitationRow["source"]): SourceRecord {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    archiveUrl: source.archiveUrl,
    publishedOn: toCalendarDate(source.publishedOn),
    confidence: source.confidence,
    language: source.language,
    // The media route serves it on the same terms (lib/data/public-source-document.ts); a
    // private document's id never enters the record.
    document:
      source.documentPublic && source.document?.kind === "PDF"
        ? { id: source.document.id, filename: mediaFilename(source.document) }
        : null,
  };
}

function createSourceCollector(): { sources: Record<string, SourceRecord>; cite: Cite } {
  const sources: Record<string, SourceRecord> = {};
  const cite: Cite = (rows) =>
    rows.map(({ source, locator }) => {
      sources[source.id] ??= sourceRecord(source);
      return { sourceId: source.id, locator };
    });
  return { sources, cite };
}

function photoRecord(row: ProfileRow, hidden: Hidden): PrisonerProfileRecord["photo"] {
  const photo = hidden("photo", "photoId") || row.photo?.kind !== "IMAGE" ? null : row.photo;
  if (!photo) return null;
  return {
    src: apiRoutes.mediaFile(photo.id, mediaFilename(photo)),
    alt: photo.alt,
    credit: photo.credit,
    width: photo.width,
    height: photo.height,
  };
}

function lettersLost(
  row: ProfileRow,
  facility: { lettersArrive: LetterArrival; lettersCheckedOn: Date | null },
): boolean {
  const flag = (arrival: LetterArrival, checkedOn: Date | null) => ({
    arrival,
    checkedOn: checkedOn?.toISOString().slice(0, 10) ?? null,
  });
  return (
    effectiveLetterArrival(
      flag(row.lettersArrive, row.lettersCheckedOn),
      flag(facility.lettersArrive, facility.lettersCheckedOn),
    ).arrival === "DO_NOT_ARRIVE"
  );
}

function detentionRecord(
  row: ProfileRow,
  hidden: Hidden,
  cite: Cite,
): PrisonerProfileRecord["currentDetention"] {
  const detention = hidden("detentions")
    ? undefined
    : row.detentions.find((item) => item.endedOn === null);
  if (!detention) return null;
  // No address where letters are known not to arrive (issue 19): a letter would be lost.
  const addressShown =
    detention.addressPublic && !hidden("facilityAddress") && !lettersLost(row, detention.facility);
  return {
    facilityName: detention.facility.name,
    facilityKind: detention.facility.kind,
    facilityRegion: detention.facility.region,
    startedOn: toCalendarDate(detention.startedOn, detention.startedOnPrecision),
    note: detention.note,
    postalAddress: addressShown ? detention.facility.postalAddress : null,
    addressNotes: addressShown ? detention.facility.addressNotes : null,
    citations: cite(detention.citations),
  };
}

/** The places of detention, as the history shows them: no address, no citations of their own. */
function detentionHistoryRecords(row: ProfileRow, hidden: Hidden): DetentionRecord[] {
  if (hidden("detentions")) return [];
  return row.detentions.map((detention) => ({
    id: detention.id,
    facilityName: detention.facility.name,
    facilityKind: detention.facility.kind,
    facilityRegion: detention.facility.region,
    startedOn: toCalendarDate(detention.startedOn, detention.startedOnPrecision),
    endedOn: toCalendarDate(detention.endedOn, detention.endedOnPrecision),
    note: detention.note,
  }));
}

function caseRecord(item: ProfileRow["cases"][number], cite: Cite): CaseRecord {
  return {
    id: item.id,
    title: item.title,
    caseNumber: item.caseNumber,
    court: item.court,
    courtCity: item.courtCity,
    stage: item.stage,
    detainedOn: toCalendarDate(item.detainedOn),
    indictedOn: toCalendarDate(item.indictedOn),
    trialStartedOn: toCalendarDate(item.trialStartedOn),
    verdictOn: toCalendarDate(item.verdictOn),
    appealDecidedOn: toCalendarDate(item.appealDecidedOn),
    appealOutcome: item.appealOutcome,
    sentenceKind: item.sentenceKind,
    sentenceMonths: item.sentenceMonths,
    regime: item.regime,
    sentenceNote: item.sentenceNote,
    expectedReleaseOn: toCalendarDate(item.expectedReleaseOn),
    notes: item.notes,
    charges: item.charges.map(({ article, note }) => ({
      code: article.codeName,
      codeFallback: article.code,
      article: article.article,
      part: article.part,
      title: article.title,
      note,
    })),
    citations: cite(item.citations),
  };
}

function recognitionRecords(
  row: ProfileRow,
  hidden: Hidden,
  cite: Cite,
): PrisonerProfileRecord["recognitions"] {
  if (hidden("recognitions")) return [];
  return row.recognitions.map((recognition) => ({
    organisationName: recognition.organisation.name,
    organisationUrl: recognition.organisation.url,
    organisationKind: recognition.organisation.kind,
    kind: recognition.kind,
    recognisedOn: toCalendarDate(recognition.recognisedOn),
    url: recognition.url,
    note: recognition.note,
    citations: cite(recognition.citations),
  }));
}

function eventRecords(row: ProfileRow, hidden: Hidden, cite: Cite): EventRecord[] {
  if (hidden("events")) return [];
  return row.events.map(({ event }) => ({
    id: event.id,
    date: toCalendarDate(event.date, event.datePrecision)!,
    type: event.type,
    title: event.title,
    text: event.text,
    updatedAt: event.updatedAt.toISOString(),
    citations: cite(event.citations),
  }));
}

function letterRecords(
  row: ProfileRow,
  hidden: Hidden,
  signatureCounts: ReadonlyMap<string, number>,
): PrisonerProfileRecord["letters"] {
  if (hidden("letters")) return [];
  return (
    row.letters
      .map(({ letter }) => letter)
      // Open petitions first (they can still be signed), then the newest.
      .sort(
        (a, b) =>
          Number(b.state === "OPEN") - Number(a.state === "OPEN") ||
          (b.sentOn?.getTime() ?? Infinity) - (a.sentOn?.getTime() ?? Infinity) ||
          (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0),
      )
      .map((letter) => ({
        slug: letter.slug,
        kind: letter.kind,
        // publicLetterWhere excludes DRAFT; the cast records that for the type.
        state: letter.state as PublicLetterState,
        title: letter.title,
        summary: letter.summary,
        signatureCount: signatureCounts.get(letter.id) ?? 0,
      }))
  );
}

function publicationRecords(
  row: ProfileRow,
  hidden: Hidden,
): PrisonerProfileRecord["publications"] {
  if (hidden("publications")) return [];
  return row.publications
    .map(({ publication }) => publication)
    .sort(
      (a, b) =>
        (b.publishedOn?.getTime() ?? -Infinity) - (a.publishedOn?.getTime() ?? -Infinity) ||
        (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0),
    )
    .map((publication) => ({
      slug: publication.slug,
      type: publication.type,
      title: publication.title,
      publishedOn: toCalendarDate(publication.publishedOn),
    }));
}

/**
 * Profile citations, grouped by the fact they support; a fact that is withheld takes its
 * citations with it (a source's title can give the fact away).
 */
function profileCitationRecords(
  row: ProfileRow,
  hidden: Hidden,
  cite: Cite,
): PrisonerProfileRecord["profileCitations"] {
  const byField = new Map<string | null, CitationRow[]>();
  // A source cited both for the status and by its history entry is listed once.
  const statusSources = new Set(
    row.citations.filter((c) => c.field === "status").map((c) => c.source.id),
  );
  const statusChangeCitations = (row.statusChanges[0]?.citations ?? [])
    .filter((citation) => !statusSources.has(citation.source.id))
    .map((citation) => ({ ...citation, field: "status" }));
  for (const citation of hidden("citations") ? [] : [...row.citations, ...statusChangeCitations]) {
    if (citation.field && hidden(citation.field)) continue;
    byField.set(citation.field, [...(byField.get(citation.field) ?? []), citation]);
  }
  return [...byField].map(([field, rows]) => ({ field, citations: cite(rows) }));
}

/** The latest change of the profile or of one of its events, unless "updatedAt" is withheld. */
function lastUpdatedOf(row: ProfileRow, hidden: Hidden, events: EventRecord[]): string | null {
  const timestamps = [
    hidden("updatedAt") ? null : row.updatedAt.toISOString(),
    ...events.map((event) => event.updatedAt),
  ].filter((value): value is string => value !== null);
  return timestamps.sort().at(-1) ?? null;
}

/** Builds the record from a row; the only place that reads `redactedFields`. */
export function toProfileRecord(
  row: ProfileRow,
  signatureCounts: ReadonlyMap<string, number>,
): PrisonerProfileRecord {
  const redacted = new Set(row.redactedFields);
  const hidden: Hidden = (...fields) => fields.some((field) => redacted.has(field));
  const { sources, cite } = createSourceCollector();
  // Cited in this order, so that the record's sources keep the order they had in one pass.
  const currentDetention = detentionRecord(row, hidden, cite);
  const cases = hidden("cases") ? [] : row.cases.map((item) => caseRecord(item, cite));
  const criteria = hidden("criterionAssessments")
    ? []
    : row.criterionAssessments.map((assessment) => ({
        criterion: assessment.criterion,
        reasoning: assessment.reasoning,
        citations: cite(assessment.citations),
      }));
  const recognitions = recognitionRecords(row, hidden, cite);
  const events = eventRecords(row, hidden, cite);
  const profileCitations = profileCitationRecords(row, hidden, cite);

  return {
    id: row.id,
    slug: row.slug,
    // The name cannot be withheld from a published profile: it is what the page is about.
    name: row.name,
    nameVariants: hidden("nameVariants") ? [] : row.nameVariants,
    status: hidden("status") ? null : row.status,
    statusSince:
      hidden("status", "statusSince") || !row.statusSince
        ? null
        : toCalendarDate(row.statusSince, row.statusSincePrecision),
    arrestedOn: hidden("arrestedOn")
      ? null
      : toCalendarDate(row.arrestedOn, row.arrestedOnPrecision),
    country: hidden("country", "countryCode") ? null : row.country,
    region: hidden("region") ? null : row.region,
    citizenships: hidden("citizenships") ? [] : row.citizenships,
    occupation: hidden("occupation") ? null : row.occupation,
    summary: hidden("summary") ? null : row.summary,
    biography: hidden("biography") ? null : row.biography,
    photo: photoRecord(row, hidden),
    currentDetention,
    detentionHistory: detentionHistoryRecords(row, hidden),
    cases,
    criteria,
    recognitions,
    events,
    letters: letterRecords(row, hidden, signatureCounts),
    publications: publicationRecords(row, hidden),
    profileCitations,
    sources,
    lastUpdated: lastUpdatedOf(row, hidden, events),
  };
}
