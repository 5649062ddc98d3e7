import { z } from "zod";
import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";
import {
  CaseStage,
  EventType,
  FacilityKind,
  LetterKind,
  LetterState,
  NameScript,
  NameVariantKind,
  PaceCriterion,
  PenalRegime,
  PublicationType,
  RecognitionKind,
  SentenceKind,
  SourceConfidence,
} from "@/lib/generated/prisma/enums";
import {
  calendarDateSchema,
  countryRefSchema,
  resolvedRichTextSchema,
  resolvedTextSchema,
  orNull,
  type SameType,
} from "./common";
import { prisonerStatusSchema } from "./prisoner-list";

/**
 * `GET /api/v1/prisoners/{slug}`: the public profile exactly as its page shows it
 * (PrisonerProfileDto). Sources are numbered as on the page; `citations` name them by number.
 */

const text = resolvedTextSchema;
const date = calendarDateSchema;

const citationSchema = z
  .strictObject({
    number: z.number().int().describe("The number of the source in `sources`."),
    refId: z.string().describe("Anchor of this reference in the profile page."),
    locator: z.string().nullable().describe("Page, paragraph or timestamp in the source."),
  })
  .meta({ id: "Citation" });
const citations = z.array(citationSchema);

const sourceSchema = z
  .strictObject({
    number: z.number().int(),
    anchorId: z.string().describe("Anchor of the source in the profile page."),
    title: z.string(),
    lang: z.string().nullable().describe("Language of the title (the source's own)."),
    publisher: z.string().nullable(),
    url: z.string().nullable().describe("The original when known, otherwise the archived copy."),
    archiveUrl: z.string().nullable(),
    publishedOn: orNull(date),
    confidence: z.enum(SourceConfidence).meta({ id: "SourceConfidence" }),
    documentUrl: z.string().nullable().describe("Path of the attached PDF when public."),
    backRefs: z.array(z.strictObject({ refId: z.string() })),
  })
  .meta({ id: "Source" });

const sentenceSchema = z
  .strictObject({
    kind: z.enum(SentenceKind).nullable(),
    months: z.number().int().nullable(),
    regime: z.enum(PenalRegime).nullable(),
    note: orNull(text),
  })
  .meta({ id: "Sentence" });

const caseSchema = z
  .strictObject({
    id: z.string(),
    title: orNull(text),
    caseNumber: z.string().nullable(),
    court: orNull(text),
    courtCity: orNull(text),
    stage: z.enum(CaseStage),
    detainedOn: orNull(date),
    indictedOn: orNull(date),
    trialStartedOn: orNull(date),
    verdictOn: orNull(date),
    appealDecidedOn: orNull(date),
    appealOutcome: orNull(text),
    sentence: orNull(sentenceSchema),
    expectedReleaseOn: orNull(date),
    notes: orNull(text),
    charges: z.array(
      z.strictObject({
        code: text.describe("The criminal code."),
        article: z.string(),
        part: z.string(),
        title: orNull(text),
        note: orNull(text),
      }),
    ),
    citations,
  })
  .meta({ id: "Case" });

const eventSchema = z
  .strictObject({
    id: z.string(),
    date,
    type: z.enum(EventType),
    title: orNull(text),
    text: orNull(text),
    confidence: z
      .enum(SourceConfidence)
      .describe(
        "The strongest confidence among the event's sources; UNVERIFIED when it cites none.",
      ),
    citations,
  })
  .meta({ id: "Event" });

const detentionSchema = z
  .strictObject({
    id: z.string(),
    facilityName: text,
    facilityKind: z.enum(FacilityKind),
    facilityRegion: orNull(text),
    startedOn: orNull(date),
    endedOn: orNull(date),
    note: orNull(text),
    current: z.boolean(),
  })
  .meta({ id: "Detention" });

const currentDetentionSchema = z.strictObject({
  facilityName: text,
  facilityKind: z.enum(FacilityKind),
  facilityRegion: orNull(text),
  startedOn: orNull(date),
  note: orNull(text),
  postalAddress: z.string().nullable().describe("Where letters reach the person, when public."),
  addressNotes: orNull(text),
  citations,
});

export const prisonerProfileSchema = z
  .strictObject({
    slug: z.string(),
    name: text,
    nameVariants: z.array(
      z.strictObject({
        value: z.string(),
        lang: z.string().nullable(),
        kind: z.enum(NameVariantKind),
        script: z.enum(NameScript),
      }),
    ),
    status: orNull(prisonerStatusSchema),
    statusSince: orNull(date),
    arrestedOn: orNull(date),
    country: orNull(countryRefSchema),
    region: orNull(text),
    citizenships: z.array(z.string()),
    occupation: orNull(text),
    summary: orNull(text),
    biography: orNull(resolvedRichTextSchema),
    photo: z
      .strictObject({
        src: z.string(),
        alt: orNull(text),
        credit: z.string().nullable(),
        width: z.number().int().nullable(),
        height: z.number().int().nullable(),
      })
      .nullable(),
    currentDetention: orNull(currentDetentionSchema),
    detentionHistory: z.array(detentionSchema).describe("Most recent first; empty when withheld."),
    transfers: z.array(
      z.strictObject({ id: z.string(), date, from: text, to: text }).meta({ id: "Transfer" }),
    ),
    currentSentence: sentenceSchema.extend({ expectedReleaseOn: orNull(date) }).nullable(),
    cases: z.array(caseSchema),
    criteria: z.array(
      z.strictObject({
        criterion: z.enum(PaceCriterion),
        reasoning: orNull(text),
        citations,
      }),
    ),
    recognitions: z.array(
      z
        .strictObject({
          organisationName: text,
          organisationUrl: z.string().nullable(),
          kind: z.enum(RecognitionKind),
          recognisedOn: orNull(date),
          url: z.string().nullable(),
          note: orNull(text),
          citations,
        })
        .meta({ id: "Recognition" }),
    ),
    events: z.array(eventSchema).describe("Newest first."),
    letters: z.array(
      z.strictObject({
        slug: z.string(),
        kind: z.enum(LetterKind),
        state: z.enum(LetterState).exclude(["DRAFT"]),
        title: text,
        summary: orNull(text),
        signatureCount: z.number().int(),
      }),
    ),
    publications: z.array(
      z.strictObject({
        slug: z.string(),
        type: z.enum(PublicationType),
        href: z.string(),
        title: text,
        publishedOn: orNull(date),
      }),
    ),
    factCitations: z
      .record(z.string(), citations)
      .describe("Citations of single facts, by field name (status, arrestedOn…)."),
    generalCitations: citations,
    sources: z.array(sourceSchema),
    lastUpdated: z.string().nullable().describe("ISO timestamp of the latest public change."),
    hasFallbackText: z.boolean(),
  })
  .meta({ id: "PrisonerProfile" });

true satisfies SameType<z.output<typeof prisonerProfileSchema>, PrisonerProfileDto>;
