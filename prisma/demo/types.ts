/**
 * Shapes of the demo content. The content modules next to this file are plain data written from
 * the Open Dialogue Foundation's article teasers (shared/reference/odf-article-teasers.txt):
 * nothing is stated that those teasers do not say, and unknown facts are left out rather than guessed.
 * Where a part of the product cannot be shown otherwise (a place of detention the teaser names only
 * by its town or country, a photo), the demo row says in its own text that it is illustrative.
 *
 * Dates are ISO strings ("2020-03-19"); a partial date stores the first day of its month or year
 * together with its precision.
 */
import type {
  CaseStage,
  DatePrecision,
  EventType,
  FacilityKind,
  Gender,
  LetterArrival,
  LetterKind,
  LetterState,
  NameScript,
  NameVariantKind,
  OrganisationKind,
  PaceCriterion,
  PrisonerRole,
  PrisonerStatus,
  PublicationType,
  RecognitionKind,
  SentenceKind,
  SourceConfidence,
} from "@/lib/generated/prisma/enums";

/** Every demo text exists in English and Russian (a type alias, so it is assignable to Prisma JSON input). */
export type BilingualText = {
  en: string;
  ru: string;
};

export type IsoDate = `${number}-${number}-${number}`;

export interface PartialDate {
  date: IsoDate;
  precision: DatePrecision;
}

export interface DemoCountry {
  code: string;
  slug: string;
  name: BilingualText;
  /** What to know before writing to someone held there (issue 19). */
  letterRules?: BilingualText;
}

export interface DemoTag {
  slug: string;
  name: BilingualText;
}

export interface DemoAffiliation {
  slug: string;
  name: BilingualText;
  description?: BilingualText;
  countryCode?: string;
}

export interface DemoOrganisation {
  slug: string;
  name: BilingualText;
  kind: OrganisationKind;
}

/** Natural key of a criminal-code article, used to refer to it from charges. */
export interface ArticleKey {
  countryCode: string;
  code: string;
  article: string;
  part?: string;
}

export interface DemoArticle extends ArticleKey {
  codeName: BilingualText;
  title: BilingualText;
}

export interface DemoSource {
  /** Stable id of the Source row, so that re-seeding updates rather than duplicates. */
  id: string;
  title: string;
  publisher: string;
  confidence: SourceConfidence;
  language: string;
}

export interface DemoNameVariant {
  value: string;
  script: NameScript;
  lang?: string;
  kind: NameVariantKind;
}

export interface DemoStatusChange {
  /** Suffix of the stable row id. */
  key: string;
  status: PrisonerStatus;
  effectiveOn: PartialDate;
  note: BilingualText;
  sourceIds: string[];
}

export interface DemoCase {
  /** Suffix of the stable row id; events refer to the case by it. */
  key: string;
  countryCode: string;
  title?: BilingualText;
  stage: CaseStage;
  sentenceKind?: SentenceKind;
  sentenceNote?: BilingualText;
  notes?: BilingualText;
  charges: { article: ArticleKey; note?: BilingualText }[];
  sourceIds: string[];
}

export interface DemoCriterionAssessment {
  criterion: PaceCriterion;
  reasoning: BilingualText;
  sourceIds: string[];
}

export interface DemoRecognition {
  organisationSlug: string;
  kind: RecognitionKind;
  note?: BilingualText;
  sourceIds: string[];
}

export interface DemoFacility {
  slug: string;
  name: BilingualText;
  kind: FacilityKind;
  countryCode: string;
  region?: BilingualText;
  /** Illustrative unless a source gives it; the text itself says so. */
  postalAddress?: string;
  lettersArrive?: LetterArrival;
  lettersCheckedOn?: IsoDate;
}

/** A place of detention; the current one has no end. */
export interface DemoDetention {
  /** Suffix of the stable row id. */
  key: string;
  facility: DemoFacility;
  startedOn?: PartialDate;
  endedOn?: PartialDate;
  /** Says what the reference gives and what is illustrative. */
  note: BilingualText;
  /** Whether the profile may show the facility's postal address. */
  addressPublic?: boolean;
}

/** A citation of the profile itself: `field` names the fact, or is absent for the profile as a whole. */
export interface DemoProfileCitation {
  sourceId: string;
  field?: string;
}

export interface DemoPrisoner {
  slug: string;
  name: BilingualText;
  sortName: string;
  gender?: Gender;
  citizenships: string[];
  countryCode: string;
  region?: BilingualText;
  roles: PrisonerRole[];
  occupation?: BilingualText;
  status: PrisonerStatus;
  statusSince?: PartialDate;
  summary: BilingualText;
  /** Paragraphs separated by blank lines; stored as rich text. */
  biography: BilingualText;
  tagSlugs: string[];
  affiliationSlugs: string[];
  nameVariants: DemoNameVariant[];
  statusChanges: DemoStatusChange[];
  cases: DemoCase[];
  criterionAssessments: DemoCriterionAssessment[];
  recognitions: DemoRecognition[];
  citations: DemoProfileCitation[];
  /** Places of detention, in any order (the profile sorts them). */
  detentions?: DemoDetention[];
}

export interface DemoEvent {
  /** Stable id of the Event row. */
  id: string;
  date: PartialDate;
  type: EventType;
  title: BilingualText;
  text: BilingualText;
  countryCode?: string;
  prisonerSlugs: string[];
  /** A case of the first linked prisoner, by its key. */
  caseKey?: string;
  sourceIds: string[];
}

export interface DemoSignatory {
  name: string;
  office: BilingualText;
  countryCode?: string;
}

export interface DemoLetter {
  slug: string;
  kind: LetterKind;
  state: LetterState;
  title: BilingualText;
  summary: BilingualText;
  addresseeName: BilingualText;
  addresseeOffice?: BilingualText;
  sentOn?: IsoDate;
  goal?: number;
  /** Paragraphs separated by blank lines; stored as the letter's first version. */
  body: BilingualText;
  signatories: DemoSignatory[];
  prisonerSlugs: string[];
  countryCodes: string[];
}

export interface DemoPublication {
  slug: string;
  type: PublicationType;
  title: BilingualText;
  summary: BilingualText;
  /** Paragraphs separated by blank lines; when absent the page shows the summary alone. */
  body?: BilingualText;
  /**
   * The date of the event the item reports, where the reference gives one; NULL otherwise
   * (the teasers carry no publication dates, and none is invented).
   */
  publishedOn?: IsoDate;
  prisonerSlugs: string[];
  countryCodes: string[];
}
