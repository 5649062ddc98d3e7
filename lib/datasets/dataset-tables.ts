import type {
  CitationRefDto,
  PrisonerProfileDto,
  ProfileCaseDto,
  ProfileEventDto,
} from "@/lib/data/prisoner-profile/dto-types";
import { routing } from "@/lib/i18n/routing";
import {
  column,
  dateColumns,
  localisedColumns,
  type ByLocale,
  type DatasetColumn,
} from "./dataset-columns";

/**
 * The CSV tables of a dataset, each a list of column descriptors (dataset-columns.ts) over the
 * public profile DTO of one prisoner in every locale: prisoners, their cases, the charges of
 * each case and their events. Rows are linked by `prisoner_slug` and `case_id`.
 */
export type ProfileByLocale = ByLocale<PrisonerProfileDto>;
type CaseRow = ByLocale<ProfileCaseDto> & { slug: string };
type ChargeRow = ByLocale<ProfileCaseDto["charges"][number]> & { slug: string; caseId: string };
type EventRow = ByLocale<ProfileEventDto> & { slug: string; sources: string[] };

/** A list cell: items joined by " | " (a character that names, URLs and codes do not use). */
const list = (items: readonly string[]): string | null => (items.length ? items.join(" | ") : null);

const slugColumn = <Row extends { slug: string; en: unknown }>(): DatasetColumn<Row> => ({
  name: "prisoner_slug",
  type: "text",
  description: "The prisoner's `slug` in prisoners.csv",
  value: (row) => row.slug,
});

const prisonerColumns: DatasetColumn<ProfileByLocale>[] = [
  column(
    "slug",
    "text",
    "Stable identifier; the profile is at /{locale}/prisoners/{slug} and /api/v1/prisoners/{slug}",
    (p) => p.slug,
  ),
  ...localisedColumns<ProfileByLocale>("name", "Name", (p) => p.name),
  column(
    "other_names",
    "list",
    "Other spellings and names (transliterations, maiden names), separated by |",
    (p) => list(p.nameVariants.map((variant) => variant.value)),
  ),
  column(
    "status",
    "enum",
    "PrisonerStatus (see the API's PrisonerStatus); empty when withheld",
    (p) => p.status,
  ),
  ...dateColumns<ProfileByLocale>(
    "status_since",
    "Since when the status holds",
    (p) => p.statusSince,
  ),
  ...dateColumns<ProfileByLocale>("arrested_on", "Date of arrest", (p) => p.arrestedOn),
  column(
    "country_code",
    "text",
    "ISO 3166-1 alpha-2 code of the country of prosecution",
    (p) => p.country?.code ?? null,
  ),
  ...localisedColumns<ProfileByLocale>("region", "Region", (p) => p.region),
  column("citizenships", "list", "ISO 3166-1 alpha-2 codes, separated by |", (p) =>
    list(p.citizenships),
  ),
  ...localisedColumns<ProfileByLocale>("occupation", "Occupation", (p) => p.occupation),
  ...localisedColumns<ProfileByLocale>(
    "summary",
    "One-paragraph summary of the case",
    (p) => p.summary,
  ),
  ...localisedColumns<ProfileByLocale>(
    "facility",
    "Current place of detention",
    (p) => p.currentDetention?.facilityName,
  ),
  column(
    "facility_kind",
    "enum",
    "FacilityKind of the current place of detention",
    (p) => p.currentDetention?.facilityKind ?? null,
  ),
  ...dateColumns<ProfileByLocale>(
    "detained_since",
    "Start of the current detention",
    (p) => p.currentDetention?.startedOn,
  ),
  column(
    "sentence_kind",
    "enum",
    "SentenceKind of the current sentence",
    (p) => p.currentSentence?.kind ?? null,
  ),
  column(
    "sentence_months",
    "integer",
    "Length of the current sentence in months",
    (p) => p.currentSentence?.months ?? null,
  ),
  column(
    "sentence_regime",
    "enum",
    "PenalRegime of the current sentence",
    (p) => p.currentSentence?.regime ?? null,
  ),
  ...dateColumns<ProfileByLocale>(
    "expected_release_on",
    "Expected release",
    (p) => p.currentSentence?.expectedReleaseOn,
  ),
  column(
    "criteria",
    "list",
    "PACE criteria of political imprisonment the organisation found met, separated by |",
    (p) => list(p.criteria.map((item) => item.criterion)),
  ),
  column(
    "recognitions",
    "list",
    "RecognitionKind of each recognition as a political prisoner, separated by |",
    (p) => list(p.recognitions.map((item) => item.kind)),
  ),
  column("cases", "integer", "Number of rows in cases.csv", (p) => p.cases.length),
  column("events", "integer", "Number of rows in events.csv", (p) => p.events.length),
  column(
    "last_updated",
    "text",
    "ISO 8601 timestamp (UTC) of the latest public change",
    (p) => p.lastUpdated,
  ),
];

const caseColumns: DatasetColumn<CaseRow>[] = [
  slugColumn<CaseRow>(),
  column("case_id", "text", "Stable identifier of the case", (c) => c.id),
  ...localisedColumns<CaseRow>("title", "Title of the case", (c) => c.title),
  column("case_number", "text", "The court's or investigator's case number", (c) => c.caseNumber),
  ...localisedColumns<CaseRow>("court", "Court", (c) => c.court),
  ...localisedColumns<CaseRow>("court_city", "City of the court", (c) => c.courtCity),
  column("stage", "enum", "CaseStage", (c) => c.stage),
  ...dateColumns<CaseRow>("detained_on", "Detention in this case", (c) => c.detainedOn),
  ...dateColumns<CaseRow>("indicted_on", "Indictment", (c) => c.indictedOn),
  ...dateColumns<CaseRow>("trial_started_on", "Start of the trial", (c) => c.trialStartedOn),
  ...dateColumns<CaseRow>("verdict_on", "Verdict", (c) => c.verdictOn),
  ...dateColumns<CaseRow>("appeal_decided_on", "Appeal decision", (c) => c.appealDecidedOn),
  ...localisedColumns<CaseRow>("appeal_outcome", "Outcome of the appeal", (c) => c.appealOutcome),
  column("sentence_kind", "enum", "SentenceKind", (c) => c.sentence?.kind ?? null),
  column(
    "sentence_months",
    "integer",
    "Length of the sentence in months",
    (c) => c.sentence?.months ?? null,
  ),
  column("sentence_regime", "enum", "PenalRegime", (c) => c.sentence?.regime ?? null),
  ...dateColumns<CaseRow>("expected_release_on", "Expected release", (c) => c.expectedReleaseOn),
  column("charges", "integer", "Number of rows in charges.csv", (c) => c.charges.length),
  ...localisedColumns<CaseRow>("notes", "Notes on the case", (c) => c.notes),
];

const chargeColumns: DatasetColumn<ChargeRow>[] = [
  slugColumn<ChargeRow>(),
  {
    name: "case_id",
    type: "text",
    description: "The case's `case_id` in cases.csv",
    value: (row) => row.caseId,
  },
  ...localisedColumns<ChargeRow>("code", "Criminal code", (c) => c.code),
  column("article", "text", "Article as written in the code (280.3)", (c) => c.article),
  column("part", "text", "Part of the article (may be empty)", (c) => c.part),
  ...localisedColumns<ChargeRow>("article_title", "Title of the article", (c) => c.title),
  ...localisedColumns<ChargeRow>("note", "Note on the charge", (c) => c.note),
];

const eventColumns: DatasetColumn<EventRow>[] = [
  slugColumn<EventRow>(),
  column("event_id", "text", "Stable identifier of the event", (e) => e.id),
  ...dateColumns<EventRow>("date", "Date of the event", (e) => e.date),
  column("type", "enum", "EventType", (e) => e.type),
  ...localisedColumns<EventRow>("title", "Title", (e) => e.title),
  ...localisedColumns<EventRow>("text", "What happened", (e) => e.text),
  column(
    "confidence",
    "enum",
    "SourceConfidence: the strongest among the event's sources; UNVERIFIED when it cites none",
    (e) => e.confidence,
  ),
  {
    name: "source_urls",
    type: "list",
    description: "Addresses of the sources the event cites, separated by |",
    value: (row) => list(row.sources),
  },
];

export interface DatasetTable<Row> {
  /** The file name inside the dataset. */
  file: string;
  description: string;
  columns: DatasetColumn<Row>[];
  rows: (profile: ProfileByLocale) => Row[];
}

/** The items of a list in every locale's DTO, side by side. */
function pairs<S, T>(source: ByLocale<S>, pick: (dto: S) => readonly T[]): ByLocale<T>[] {
  const byLocale = routing.locales.map((locale) => pick(source[locale]));
  // Every locale's DTO is made from one record: the same items in the same order.
  return (byLocale[0] ?? []).map(
    (_, index) =>
      Object.fromEntries(
        routing.locales.map((locale, l) => [locale, byLocale[l]![index]!]),
      ) as ByLocale<T>,
  );
}

function sourceUrls(profile: PrisonerProfileDto, citations: readonly CitationRefDto[]): string[] {
  const urls = citations.map(({ number }) => profile.sources[number - 1]?.url ?? null);
  return [...new Set(urls.filter((url): url is string => url !== null))];
}

export const DATASET_TABLES = {
  prisoners: {
    file: "prisoners.csv",
    description: "One row per published prisoner.",
    columns: prisonerColumns,
    rows: (profile) => [profile],
  } satisfies DatasetTable<ProfileByLocale>,
  cases: {
    file: "cases.csv",
    description: "One row per criminal or administrative case of a prisoner.",
    columns: caseColumns,
    rows: (profile) =>
      pairs(profile, (dto) => dto.cases).map((item) => ({ ...item, slug: profile.en.slug })),
  } satisfies DatasetTable<CaseRow>,
  charges: {
    file: "charges.csv",
    description: "One row per article of a criminal code a case charges.",
    columns: chargeColumns,
    rows: (profile) =>
      pairs(profile, (dto) => dto.cases).flatMap((item) =>
        pairs(item, (dto) => dto.charges).map((charge) => ({
          ...charge,
          slug: profile.en.slug,
          caseId: item.en.id,
        })),
      ),
  } satisfies DatasetTable<ChargeRow>,
  events: {
    file: "events.csv",
    description: "One row per published event of a prisoner's timeline, newest first.",
    columns: eventColumns,
    rows: (profile) =>
      pairs(profile, (dto) => dto.events).map((item) => ({
        ...item,
        slug: profile.en.slug,
        sources: sourceUrls(profile.en, item.en.citations),
      })),
  } satisfies DatasetTable<EventRow>,
};

export type DatasetTableName = keyof typeof DATASET_TABLES;
export const DATASET_TABLE_NAMES = Object.keys(DATASET_TABLES) as DatasetTableName[];
