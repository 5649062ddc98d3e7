import "server-only";
import { prisma } from "@/lib/db";
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
import { cacheTags, cachedRead } from "@/lib/data/cache";
import { toCalendarDate, type CalendarDate } from "@/lib/data/calendar-date";
import { publicLetterWhere, type PublicLetterState } from "@/lib/data/letters";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { publishedPublicationWhere } from "@/lib/data/publications";
import { getConfirmedSignatureCounts } from "@/lib/data/signature-counts";
import {
  resolveLocalizedRichText,
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type LocalizedRichText,
  type LocalizedString,
} from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/routing";
import { mediaFilename, mediaHref } from "@/lib/storage/media-files";
import { PROFILE_FACT_FIELDS } from "@/lib/validation/prisoner-profile-citations";

/**
 * The public prisoner profile, read in two steps:
 *
 * 1. A **record**: everything the profile shows, in every locale, with the redacted fields
 *    already removed, as plain JSON. It is cached once per prisoner (not per locale), so both
 *    locales share one database read and one cache entry, and an edit invalidates one entry.
 *    Keyed by id and tagged `prisoner:<id>`, plus the coarse tags of what it embeds (letters
 *    and their signature counts, publications, countries, reference data such as facilities
 *    and criminal-code articles). The slug → id step is cached under the `prisoners` tag, which
 *    writes that publish, unpublish or rename a profile invalidate.
 * 2. The **DTO** for one locale, made from the record on every render (cheap, no I/O): localised
 *    text resolved with the English fallback, and sources numbered as footnotes.
 *
 * Privacy rules (see lib/data/README.md): only PUBLISHED profiles, events and publications and
 * non-DRAFT letters; explicit `select`s (PrisonerInternal is never selected); every field named in
 * `Prisoner.redactedFields` is left out of the record, so it cannot reach the HTML, the JSON-LD,
 * the share image or the cache. Besides the model's own field names, "nameVariants",
 * "detentions" and "facilityAddress" are honoured, and relation names ("cases", "events",
 * "criterionAssessments", "recognitions", "letters", "publications") hide a section, and
 * "citations" hides the sources cited for the profile itself.
 */

// ── The cached record ─────────────────────────────────────────────────────────────────────────

/** A localised JSON column as stored (LocalizedText or LocalizedRichText), resolved per locale later. */
type LocalizedJson = Prisma.JsonValue;

interface SourceRecord {
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

interface CitationRecord {
  sourceId: string;
  locator: string | null;
}

interface CaseRecord {
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

interface EventRecord {
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

const citationSelect = {
  orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  select: {
    locator: true,
    source: {
      select: {
        id: true,
        title: true,
        publisher: true,
        url: true,
        archiveUrl: true,
        publishedOn: true,
        confidence: true,
        language: true,
        documentPublic: true,
        document: { select: { id: true, kind: true, mimeType: true, originalFilename: true } },
      },
    },
  },
} as const satisfies Prisma.Prisoner$citationsArgs;

// Selected explicitly: PrisonerInternal, staff columns and unpublished rows never leave the database.
const profileSelect = {
  id: true,
  slug: true,
  name: true,
  status: true,
  statusSince: true,
  statusSincePrecision: true,
  arrestedOn: true,
  arrestedOnPrecision: true,
  country: { select: { code: true, name: true } },
  region: true,
  citizenships: true,
  occupation: true,
  summary: true,
  biography: true,
  redactedFields: true,
  updatedAt: true,
  photo: {
    select: {
      id: true,
      kind: true,
      mimeType: true,
      originalFilename: true,
      alt: true,
      credit: true,
      width: true,
      height: true,
    },
  },
  nameVariants: {
    orderBy: { id: "asc" },
    select: { value: true, script: true, lang: true, kind: true },
  },
  // The history entry the current status was copied from (sync-current-status.ts, same order):
  // its sources are the sources of the status shown at the top of the profile.
  statusChanges: {
    orderBy: [
      { effectiveOn: { sort: "desc", nulls: "last" } },
      { createdAt: "desc" },
      { id: "desc" },
    ],
    take: 1,
    select: { citations: citationSelect },
  },
  detentions: {
    where: { endedOn: null },
    orderBy: [{ startedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: 1,
    select: {
      startedOn: true,
      startedOnPrecision: true,
      note: true,
      addressPublic: true,
      facility: {
        select: {
          name: true,
          kind: true,
          region: true,
          postalAddress: true,
          addressNotes: true,
        },
      },
      citations: citationSelect,
    },
  },
  cases: {
    orderBy: [{ detainedOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      caseNumber: true,
      court: true,
      courtCity: true,
      stage: true,
      detainedOn: true,
      indictedOn: true,
      trialStartedOn: true,
      verdictOn: true,
      appealDecidedOn: true,
      appealOutcome: true,
      sentenceKind: true,
      sentenceMonths: true,
      regime: true,
      sentenceNote: true,
      expectedReleaseOn: true,
      notes: true,
      charges: {
        orderBy: { id: "asc" },
        select: {
          note: true,
          article: {
            select: { code: true, codeName: true, article: true, part: true, title: true },
          },
        },
      },
      citations: citationSelect,
    },
  },
  criterionAssessments: {
    orderBy: { criterion: "asc" },
    select: { criterion: true, reasoning: true, citations: citationSelect },
  },
  recognitions: {
    orderBy: [{ recognisedOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      kind: true,
      recognisedOn: true,
      url: true,
      note: true,
      organisation: { select: { name: true, url: true, kind: true } },
      citations: citationSelect,
    },
  },
  events: {
    where: { event: { state: "PUBLISHED" } },
    orderBy: [{ event: { date: "desc" } }, { event: { createdAt: "desc" } }],
    select: {
      event: {
        select: {
          id: true,
          date: true,
          datePrecision: true,
          type: true,
          title: true,
          text: true,
          updatedAt: true,
          citations: citationSelect,
        },
      },
    },
  },
  letters: {
    where: { letter: publicLetterWhere },
    select: {
      letter: {
        select: {
          id: true,
          slug: true,
          kind: true,
          state: true,
          title: true,
          summary: true,
          sentOn: true,
          publishedAt: true,
        },
      },
    },
  },
  publications: {
    where: { publication: publishedPublicationWhere },
    select: {
      publication: {
        select: { slug: true, type: true, title: true, publishedOn: true, publishedAt: true },
      },
    },
  },
  citations: { ...citationSelect, select: { ...citationSelect.select, field: true } },
} as const satisfies Prisma.PrisonerSelect;

type ProfileRow = Prisma.PrisonerGetPayload<{ select: typeof profileSelect }>;
type CitationRow = ProfileRow["cases"][number]["citations"][number];

/** Builds the record from a row; the only place that reads `redactedFields`. */
function toProfileRecord(
  row: ProfileRow,
  signatureCounts: ReadonlyMap<string, number>,
): PrisonerProfileRecord {
  const redacted = new Set(row.redactedFields);
  const hidden = (...fields: string[]) => fields.some((field) => redacted.has(field));
  const sources: Record<string, SourceRecord> = {};
  const cite = (rows: readonly CitationRow[]): CitationRecord[] =>
    rows.map(({ source, locator }) => {
      sources[source.id] ??= {
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
      return { sourceId: source.id, locator };
    });

  const detention = hidden("detentions") ? undefined : row.detentions[0];
  const photo = hidden("photo", "photoId") || row.photo?.kind !== "IMAGE" ? null : row.photo;
  const events = hidden("events") ? [] : row.events.map(({ event }) => event);

  const record: PrisonerProfileRecord = {
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
    photo: photo
      ? {
          src: mediaHref({ id: photo.id, filename: mediaFilename(photo) }),
          alt: photo.alt,
          credit: photo.credit,
          width: photo.width,
          height: photo.height,
        }
      : null,
    currentDetention: detention
      ? {
          facilityName: detention.facility.name,
          facilityKind: detention.facility.kind,
          facilityRegion: detention.facility.region,
          startedOn: toCalendarDate(detention.startedOn, detention.startedOnPrecision),
          note: detention.note,
          postalAddress:
            detention.addressPublic && !hidden("facilityAddress")
              ? detention.facility.postalAddress
              : null,
          addressNotes:
            detention.addressPublic && !hidden("facilityAddress")
              ? detention.facility.addressNotes
              : null,
          citations: cite(detention.citations),
        }
      : null,
    cases: hidden("cases")
      ? []
      : row.cases.map((item) => ({
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
        })),
    criteria: hidden("criterionAssessments")
      ? []
      : row.criterionAssessments.map((assessment) => ({
          criterion: assessment.criterion,
          reasoning: assessment.reasoning,
          citations: cite(assessment.citations),
        })),
    recognitions: hidden("recognitions")
      ? []
      : row.recognitions.map((recognition) => ({
          organisationName: recognition.organisation.name,
          organisationUrl: recognition.organisation.url,
          organisationKind: recognition.organisation.kind,
          kind: recognition.kind,
          recognisedOn: toCalendarDate(recognition.recognisedOn),
          url: recognition.url,
          note: recognition.note,
          citations: cite(recognition.citations),
        })),
    events: events.map((event) => ({
      id: event.id,
      date: toCalendarDate(event.date, event.datePrecision)!,
      type: event.type,
      title: event.title,
      text: event.text,
      updatedAt: event.updatedAt.toISOString(),
      citations: cite(event.citations),
    })),
    letters: hidden("letters")
      ? []
      : row.letters
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
          })),
    publications: hidden("publications")
      ? []
      : row.publications
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
          })),
    profileCitations: [],
    sources,
    lastUpdated: null,
  };

  // Profile citations are grouped by the fact they support; a fact that is withheld takes its
  // citations with it (a source's title can give the fact away).
  const byField = new Map<string | null, CitationRow[]>();
  // A source cited both for the status and by its history entry is listed once.
  const statusSources = new Set(
    row.citations.filter((c) => c.field === "status").map((c) => c.source.id),
  );
  const statusChangeCitations = (row.statusChanges[0]?.citations ?? [])
    .filter((citation) => !statusSources.has(citation.source.id))
    .map((citation) => ({ ...citation, field: "status" }));
  for (const citation of hidden("citations") ? [] : [...row.citations, ...statusChangeCitations]) {
    if (citation.field && redacted.has(citation.field)) continue;
    byField.set(citation.field, [...(byField.get(citation.field) ?? []), citation]);
  }
  record.profileCitations = [...byField].map(([field, rows]) => ({ field, citations: cite(rows) }));

  const timestamps = [
    hidden("updatedAt") ? null : row.updatedAt.toISOString(),
    ...record.events.map((event) => event.updatedAt),
  ].filter((value): value is string => value !== null);
  record.lastUpdated = timestamps.sort().at(-1) ?? null;
  return record;
}

async function readProfileRecord(id: string): Promise<PrisonerProfileRecord | null> {
  return readProfileRecordWhere({ ...publishedPrisonerWhere, id });
}

async function readProfileRecordWhere(
  where: Prisma.PrisonerWhereInput,
  select: typeof profileSelect | typeof previewSelect = profileSelect,
): Promise<PrisonerProfileRecord | null> {
  const row: ProfileRow | null = await prisma.prisoner.findFirst({ where, select });
  if (!row) return null;
  const letterIds = row.letters.map(({ letter }) => letter.id);
  return toProfileRecord(row, await getConfirmedSignatureCounts(letterIds));
}

async function readPublishedPrisonerId(slug: string): Promise<string | null> {
  const row = await prisma.prisoner.findFirst({
    where: { ...publishedPrisonerWhere, slug },
    select: { id: true },
  });
  return row?.id ?? null;
}

const cachedPrisonerId = cachedRead("prisoner-profile-id", readPublishedPrisonerId, () => [
  cacheTags.prisoners,
]);

const cachedProfileRecord = cachedRead("prisoner-profile", readProfileRecord, (id) => [
  cacheTags.prisoner(id),
  cacheTags.letters,
  cacheTags.publications,
  cacheTags.countries,
  cacheTags.reference,
]);

/**
 * The preview's select: the public one, except that the timeline also takes the events that are
 * still being written or reviewed. They are part of the profile as edited in its Timeline tab, so
 * the preview shows the page as it will be once they are published too. Archived events stay out
 * (they were withdrawn on purpose), and so do letters and publications: they are separate items,
 * published on their own, and the preview's banner says so.
 */
const previewSelect = {
  ...profileSelect,
  events: {
    ...profileSelect.events,
    where: { event: { state: { in: ["DRAFT", "IN_REVIEW", "PUBLISHED"] } } },
  },
} as const satisfies Prisma.PrisonerSelect;

/**
 * The record of a profile in any state, read afresh (never cached), for the dashboard's preview:
 * the same redactions and mapping as the public page, without the published filter on the profile
 * itself nor on its own timeline events (see previewSelect). The caller authorises: only staff may
 * see an unpublished profile.
 */
export async function readPrisonerProfileRecordForPreview(
  id: string,
): Promise<PrisonerProfileRecord | null> {
  return readProfileRecordWhere({ id }, previewSelect);
}

// ── The DTO for one locale ────────────────────────────────────────────────────────────────────

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
  title: LocalizedString | null;
  caseNumber: string | null;
  court: LocalizedString | null;
  courtCity: LocalizedString | null;
  stage: CaseStage;
  detainedOn: CalendarDate | null;
  indictedOn: CalendarDate | null;
  trialStartedOn: CalendarDate | null;
  verdictOn: CalendarDate | null;
  appealDecidedOn: CalendarDate | null;
  appealOutcome: LocalizedString | null;
  sentence: ProfileSentenceDto | null;
  expectedReleaseOn: CalendarDate | null;
  notes: LocalizedString | null;
  charges: {
    code: LocalizedString;
    article: string;
    part: string;
    title: LocalizedString | null;
    note: LocalizedString | null;
  }[];
  citations: CitationRefDto[];
}

export interface ProfileSentenceDto {
  kind: SentenceKind | null;
  months: number | null;
  regime: PenalRegime | null;
  note: LocalizedString | null;
}

export interface ProfileEventDto {
  id: string;
  date: CalendarDate;
  type: EventType;
  title: LocalizedString | null;
  text: LocalizedString | null;
  /** The strongest confidence among the event's sources; UNVERIFIED when it cites none. */
  confidence: SourceConfidence;
  citations: CitationRefDto[];
}

export interface PrisonerProfileDto {
  slug: string;
  name: LocalizedString;
  nameVariants: NameVariantDto[];
  status: PrisonerStatus | null;
  statusSince: CalendarDate | null;
  arrestedOn: CalendarDate | null;
  country: { code: string; name: LocalizedString } | null;
  region: LocalizedString | null;
  citizenships: string[];
  occupation: LocalizedString | null;
  summary: LocalizedString | null;
  biography: LocalizedRichText | null;
  photo: {
    src: string;
    alt: LocalizedString | null;
    credit: string | null;
    width: number | null;
    height: number | null;
  } | null;
  currentDetention: {
    facilityName: LocalizedString;
    facilityKind: FacilityKind;
    facilityRegion: LocalizedString | null;
    startedOn: CalendarDate | null;
    note: LocalizedString | null;
    postalAddress: string | null;
    addressNotes: LocalizedString | null;
    citations: CitationRefDto[];
  } | null;
  /** The sentence shown among the key facts: that of the latest case with one. */
  currentSentence: (ProfileSentenceDto & { expectedReleaseOn: CalendarDate | null }) | null;
  cases: ProfileCaseDto[];
  criteria: {
    criterion: PaceCriterion;
    reasoning: LocalizedString | null;
    citations: CitationRefDto[];
  }[];
  recognitions: {
    organisationName: LocalizedString;
    organisationUrl: string | null;
    kind: RecognitionKind;
    recognisedOn: CalendarDate | null;
    url: string | null;
    note: LocalizedString | null;
    citations: CitationRefDto[];
  }[];
  /** Newest first; the page also renders them oldest first. */
  events: ProfileEventDto[];
  letters: {
    slug: string;
    kind: LetterKind;
    state: PublicLetterState;
    title: LocalizedString;
    summary: LocalizedString | null;
    signatureCount: number;
  }[];
  publications: {
    slug: string;
    type: PublicationType;
    /** The public path: NEWS and STATEMENT live under /news, REPORT under /reports. */
    href: string;
    title: LocalizedString;
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

const confidenceStrength: Record<SourceConfidence, number> = {
  UNVERIFIED: 0,
  REPORTED: 1,
  CONFIRMED: 2,
};

/** An editor-entered address, kept only if it is a web address (never `javascript:` and the like). */
function webUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

export function publicationHref(type: PublicationType, slug: string): string {
  return type === "REPORT" ? `/reports/${slug}` : `/news/${slug}`;
}

/**
 * Numbers the sources in the order the page first cites them, one number per source however
 * often it is cited. Call `cite` in page order; each call returns the references for one place.
 */
export function createCitationNumbering(sources: Readonly<Record<string, SourceRecord>>) {
  const numbers = new Map<string, number>();
  const backRefs = new Map<string, SourceDto["backRefs"]>();
  return {
    cite(citations: readonly CitationRecord[]): CitationRefDto[] {
      const seenHere = new Set<string>();
      const refs: CitationRefDto[] = [];
      for (const { sourceId, locator } of citations) {
        if (!sources[sourceId] || seenHere.has(sourceId)) continue;
        seenHere.add(sourceId);
        let number = numbers.get(sourceId);
        if (number === undefined) {
          number = numbers.size + 1;
          numbers.set(sourceId, number);
          backRefs.set(sourceId, []);
        }
        const refsOfSource = backRefs.get(sourceId)!;
        const refId = `cite-${number}-${refsOfSource.length + 1}`;
        refsOfSource.push({ refId });
        refs.push({ number, refId, locator });
      }
      return refs.sort((a, b) => a.number - b.number);
    },
    /** The numbered list, including sources of the profile that no single fact cites. */
    sources(): SourceDto[] {
      return [...numbers]
        .map(([sourceId, number]) => {
          const source = sources[sourceId]!;
          return {
            number,
            anchorId: `source-${number}`,
            title: source.title,
            lang: source.language,
            publisher: source.publisher,
            url: webUrl(source.url) ?? webUrl(source.archiveUrl),
            archiveUrl: webUrl(source.url) ? webUrl(source.archiveUrl) : null,
            publishedOn: source.publishedOn,
            confidence: source.confidence,
            documentUrl: source.document ? mediaHref(source.document) : null,
            backRefs: backRefs.get(sourceId) ?? [],
          };
        })
        .sort((a, b) => a.number - b.number);
    },
  };
}

function sentenceOf(item: CaseRecord, locale: Locale): ProfileSentenceDto | null {
  if (!item.sentenceKind && item.sentenceMonths === null && !item.sentenceNote) return null;
  const note = resolveLocalizedText(item.sentenceNote, locale);
  if (!item.sentenceKind && item.sentenceMonths === null && !note) return null;
  return { kind: item.sentenceKind, months: item.sentenceMonths, regime: item.regime, note };
}

/** The facts of the header and the key facts that show their own citations, in page order. */
const FACT_ORDER = PROFILE_FACT_FIELDS;

function isFactField(field: string): field is (typeof FACT_ORDER)[number] {
  return (FACT_ORDER as readonly string[]).includes(field);
}

/** The DTO of one locale. Pure, so that it can be tested without a database or a cache. */
export function toPrisonerProfileDto(
  record: PrisonerProfileRecord,
  locale: Locale,
): PrisonerProfileDto {
  const text = (value: LocalizedJson) => resolveLocalizedText(value, locale);
  const numbering = createCitationNumbering(record.sources);
  const { cite } = numbering;

  // Citations are numbered in the order the page shows them (app/[locale]/(public)/prisoners/[slug]/page.tsx):
  // the facts of the header and key facts, the profile as a whole ("About the case"), the criteria
  // and recognitions, the cases, the timeline (newest first).
  // A fact's citations are shown next to it. Citations of a fact the page does not show (empty,
  // or withheld by a redaction such as "countryCode") are dropped; those of a fact without a
  // place of its own (the biography, the summary) count as sources of the profile as a whole.
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
  const currentDetention = record.currentDetention
    ? {
        facilityName: resolveLocalizedTextOr(record.currentDetention.facilityName, locale, "—"),
        facilityKind: record.currentDetention.facilityKind,
        facilityRegion: text(record.currentDetention.facilityRegion),
        startedOn: record.currentDetention.startedOn,
        note: text(record.currentDetention.note),
        postalAddress: record.currentDetention.postalAddress,
        addressNotes: text(record.currentDetention.addressNotes),
        citations: cite(record.currentDetention.citations),
      }
    : null;
  // Shown at the end of "About the case", before the criteria.
  const generalCitations = cite(wholeProfileCitations);
  const criteria = record.criteria.map((assessment) => ({
    criterion: assessment.criterion,
    reasoning: text(assessment.reasoning),
    citations: cite(assessment.citations),
  }));
  const recognitions = record.recognitions.map((recognition) => ({
    organisationName: resolveLocalizedTextOr(recognition.organisationName, locale, "—"),
    organisationUrl: webUrl(recognition.organisationUrl),
    kind: recognition.kind,
    recognisedOn: recognition.recognisedOn,
    url: webUrl(recognition.url),
    note: text(recognition.note),
    citations: cite(recognition.citations),
  }));
  const cases = record.cases.map((item): ProfileCaseDto => ({
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
  }));
  const events = record.events.map((event): ProfileEventDto => ({
    id: event.id,
    date: event.date,
    type: event.type,
    title: text(event.title),
    text: text(event.text),
    confidence: event.citations
      .map(({ sourceId }) => record.sources[sourceId]?.confidence)
      .filter((value): value is SourceConfidence => value !== undefined)
      .reduce<SourceConfidence>(
        (best, value) => (confidenceStrength[value] > confidenceStrength[best] ? value : best),
        "UNVERIFIED",
      ),
    citations: cite(event.citations),
  }));

  // The key facts show the sentence of the latest case that has one.
  const sentenced = [...cases].reverse().find((item) => item.sentence);
  const currentSentence = sentenced?.sentence
    ? { ...sentenced.sentence, expectedReleaseOn: sentenced.expectedReleaseOn }
    : null;

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
    currentSentence,
    cases,
    criteria,
    recognitions,
    events,
    letters: record.letters.map((letter) => ({
      slug: letter.slug,
      kind: letter.kind,
      state: letter.state,
      title: resolveLocalizedTextOr(letter.title, locale, letter.slug),
      summary: text(letter.summary),
      signatureCount: letter.signatureCount,
    })),
    publications: record.publications.map((publication) => ({
      slug: publication.slug,
      type: publication.type,
      href: publicationHref(publication.type, publication.slug),
      title: resolveLocalizedTextOr(publication.title, locale, publication.slug),
      publishedOn: publication.publishedOn,
    })),
    factCitations,
    generalCitations,
    sources: numbering.sources(),
    lastUpdated: record.lastUpdated,
    hasFallbackText: false,
  };
  dto.hasFallbackText = containsFallback(dto);
  return dto;
}

/** Whether any resolved text in the DTO is in the fallback language. */
function containsFallback(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsFallback);
  if (value === null || typeof value !== "object") return false;
  if ("isFallback" in value && value.isFallback === true) return true;
  return Object.values(value).some(containsFallback);
}

/**
 * A published profile for one locale, or null for an unknown or unpublished slug (the page
 * answers 404). Served from the cache; see the top of this file.
 */
export async function getPublishedPrisonerProfile(
  slug: string,
  locale: Locale,
): Promise<PrisonerProfileDto | null> {
  const id = await cachedPrisonerId(slug);
  if (!id) return null;
  const record = await cachedProfileRecord(id);
  return record ? toPrisonerProfileDto(record, locale) : null;
}
