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
    number: z.number().int().describe("The number citations refer to."),
    anchorId: z.string().describe("Anchor of the source in the profile page."),
    title: z.string().describe("Title of the article, document or post."),
    lang: z.string().nullable().describe("Language of the title (the source's own)."),
    publisher: z.string().nullable().describe("Who published the source."),
    url: z.string().nullable().describe("The original when known, otherwise the archived copy."),
    archiveUrl: z
      .string()
      .nullable()
      .describe("An archived copy (Wayback Machine, archive.today)."),
    publishedOn: orNull(date).describe("When the source was published."),
    confidence: z
      .enum(SourceConfidence)
      .meta({ id: "SourceConfidence", description: "How far the source can be relied on." }),
    documentUrl: z.string().nullable().describe("Path of the attached PDF when public."),
    backRefs: z
      .array(
        z.strictObject({
          refId: z.string().describe("Anchor of a reference to this source in the profile page."),
        }),
      )
      .describe("The places in the profile that cite the source."),
  })
  .meta({ id: "Source" });

const sentenceSchema = z
  .strictObject({
    kind: z.enum(SentenceKind).nullable().describe("The kind of punishment."),
    months: z.number().int().nullable().describe("Length in months, when it has one."),
    regime: z.enum(PenalRegime).nullable().describe("The regime of a prison sentence."),
    note: orNull(text).describe("What the sentence's terms leave unsaid."),
  })
  .meta({ id: "Sentence" });

const caseSchema = z
  .strictObject({
    id: z.string().describe("Stable identifier of the case."),
    title: orNull(text).describe("A short name of the case, when it has one."),
    caseNumber: z.string().nullable().describe("The court's or investigators' case number."),
    court: orNull(text).describe("The court that tries or tried the case."),
    courtCity: orNull(text).describe("The town or city of the court."),
    stage: z.enum(CaseStage).describe("How far the proceedings have gone."),
    detainedOn: orNull(date).describe("Date of detention in this case."),
    indictedOn: orNull(date).describe("Date the charges were brought."),
    trialStartedOn: orNull(date).describe("When the trial began."),
    verdictOn: orNull(date).describe("Date of the first-instance verdict."),
    appealDecidedOn: orNull(date).describe("When the appeal was decided."),
    appealOutcome: orNull(text).describe("What the appeal court decided."),
    sentence: orNull(sentenceSchema).describe("The sentence, once there is one."),
    expectedReleaseOn: orNull(date).describe("End of the sentence as imposed."),
    notes: orNull(text).describe("Anything else known about the case."),
    charges: z
      .array(
        z.strictObject({
          code: text.describe("The criminal code."),
          article: z.string().describe('The article\'s number ("318").'),
          part: z.string().describe("Part of the article, empty when the whole article."),
          title: orNull(text).describe("The article's heading in the code."),
          note: orNull(text).describe("What the charge says in this case."),
        }),
      )
      .describe("The charges, by article of the criminal code."),
    citations: citations.describe("The sources of the case's facts."),
  })
  .meta({ id: "Case" });

const eventSchema = z
  .strictObject({
    id: z.string().describe("Stable identifier of the event."),
    date,
    type: z.enum(EventType).describe("What kind of event it is."),
    title: orNull(text).describe("A short heading for the event."),
    text: orNull(text).describe("What happened, in a few sentences."),
    confidence: z
      .enum(SourceConfidence)
      .describe(
        "The strongest confidence among the event's sources; UNVERIFIED when it cites none.",
      ),
    citations: citations.describe("The sources of the event."),
  })
  .meta({ id: "Event" });

const detentionSchema = z
  .strictObject({
    id: z.string().describe("Stable identifier of the stay."),
    facilityName: text,
    facilityKind: z.enum(FacilityKind).describe("What kind of place it is."),
    facilityRegion: orNull(text).describe("Region and town of the place."),
    startedOn: orNull(date).describe("When the person was brought there."),
    endedOn: orNull(date).describe("When the person left; null while still there."),
    note: orNull(text).describe("What is known of the stay."),
    current: z.boolean().describe("True for the place the person is held now."),
  })
  .meta({ id: "Detention" });

const currentDetentionSchema = z.strictObject({
  facilityName: text,
  facilityKind: z.enum(FacilityKind).describe("What kind of place it is."),
  facilityRegion: orNull(text).describe("Region and town of the place."),
  startedOn: orNull(date).describe("When the person was brought there."),
  note: orNull(text).describe("What is known of the stay."),
  postalAddress: z.string().nullable().describe("Where letters reach the person, when public."),
  addressNotes: orNull(text).describe("How to write there, with the address."),
  citations: citations.describe("The sources of the place and the address."),
});

export const prisonerProfileSchema = z
  .strictObject({
    slug: z
      .string()
      .describe("Stable identifier of the profile; its page is /{locale}/prisoners/{slug}."),
    name: text,
    nameVariants: z
      .array(
        z.strictObject({
          value: z.string().describe("The name as spelt."),
          lang: z.string().nullable().describe("Language of the spelling, when known."),
          kind: z
            .enum(NameVariantKind)
            .describe("What the spelling is: native, transliteration, former name or alias."),
          script: z.enum(NameScript).describe("The alphabet it is written in."),
        }),
      )
      .describe("Other spellings of the name: native, transliterations, former names, aliases."),
    status: orNull(prisonerStatusSchema).describe(
      "The person's situation now; null when withheld.",
    ),
    statusSince: orNull(date).describe("Since when the status holds."),
    arrestedOn: orNull(date).describe("Date of the arrest, as precisely as known."),
    country: orNull(countryRefSchema).describe("The country that prosecutes the person."),
    region: orNull(text).describe("Region of the prosecution."),
    citizenships: z
      .array(z.string())
      .describe("ISO 3166-1 alpha-2 codes of the person's citizenships."),
    occupation: orNull(text).describe("What the person did for a living or is known for."),
    summary: orNull(text).describe("The case in one or two sentences."),
    biography: orNull(resolvedRichTextSchema).describe(
      "A longer account of the person and the case.",
    ),
    photo: z
      .strictObject({
        src: z.string().describe("Path of the photo."),
        alt: orNull(text).describe("What the photo shows, for readers who cannot see it."),
        credit: z.string().nullable().describe("Who took or holds the rights to the photo."),
        width: z.number().int().nullable().describe("Width in pixels, when known."),
        height: z.number().int().nullable().describe("Height in pixels, when known."),
      })
      .nullable()
      .describe("The profile's photo; null when there is none or it is withheld."),
    currentDetention: orNull(currentDetentionSchema).describe(
      "Where the person is held now; null when not detained or withheld.",
    ),
    detentionHistory: z.array(detentionSchema).describe("Most recent first; empty when withheld."),
    transfers: z
      .array(
        z
          .strictObject({
            id: z.string().describe("Stable identifier of the transfer."),
            date,
            from: text,
            to: text,
          })
          .meta({ id: "Transfer" }),
      )
      .describe("Moves between places of detention, newest first."),
    currentSentence: sentenceSchema
      .extend({ expectedReleaseOn: orNull(date).describe("End of the sentence as imposed.") })
      .nullable()
      .describe("The sentence being served now, with its expected end."),
    cases: z.array(caseSchema).describe("The criminal cases against the person."),
    criteria: z
      .array(
        z.strictObject({
          criterion: z
            .enum(PaceCriterion)
            .describe(
              "A PACE Resolution 1900 (2012) criterion of a political prisoner the case meets.",
            ),
          reasoning: orNull(text).describe("Why the case meets the criterion."),
          citations: citations.describe("The sources of the reasoning."),
        }),
      )
      .describe("The PACE criteria of a political prisoner the case meets."),
    recognitions: z
      .array(
        z
          .strictObject({
            organisationName: text,
            organisationUrl: z.string().nullable().describe("The organisation's website."),
            kind: z.enum(RecognitionKind).describe("What kind of recognition it is."),
            recognisedOn: orNull(date).describe("When it declared it."),
            url: z.string().nullable().describe("The declaration's page."),
            note: orNull(text).describe("What else the declaration says."),
            citations: citations.describe("The sources of the recognition."),
          })
          .meta({ id: "Recognition" }),
      )
      .describe("Organisations that recognise the person as a political prisoner."),
    events: z.array(eventSchema).describe("Newest first."),
    letters: z
      .array(
        z.strictObject({
          slug: z.string().describe("The letter's slug: /api/v1/letters/{slug}."),
          kind: z.enum(LetterKind).describe("An open letter or a petition."),
          state: z.enum(LetterState).exclude(["DRAFT"]).describe("Open, closed or delivered."),
          title: text,
          summary: orNull(text).describe("The letter in a sentence or two."),
          signatureCount: z.number().int().describe("Confirmed signatures."),
        }),
      )
      .describe("Published letters and petitions for the person."),
    publications: z
      .array(
        z.strictObject({
          slug: z.string().describe("The publication's slug: /api/v1/publications/{slug}."),
          type: z.enum(PublicationType).describe("News, report or statement."),
          href: z.string().describe("Path of its page on the site."),
          title: text,
          publishedOn: orNull(date).describe("When it was published."),
        }),
      )
      .describe("Published news, statements and reports about the person."),
    factCitations: z
      .record(z.string(), citations)
      .describe("Citations of single facts, by field name (status, arrestedOn…)."),
    generalCitations: citations.describe("Sources of the profile as a whole, not of one fact."),
    sources: z.array(sourceSchema).describe("Every source the profile cites, numbered."),
    lastUpdated: z.string().nullable().describe("ISO timestamp of the latest public change."),
    hasFallbackText: z
      .boolean()
      .describe("True when some text is not in the language asked for (see each isFallback)."),
  })
  .meta({ id: "PrisonerProfile" });

true satisfies SameType<z.output<typeof prisonerProfileSchema>, PrisonerProfileDto>;
