import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicLetterWhere } from "@/lib/data/letters";
import { publishedPublicationWhere } from "@/lib/data/publications";

/** What the profile reads of a citation: its locator and the source it points to. */
export const citationSelect = {
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
export const profileSelect = {
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
  lettersArrive: true,
  lettersCheckedOn: true,
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
  // The history entry the current status was copied from (prisoner-writes/current-status.ts, same order):
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
  // Every detention, most recent first: the current one (the first without an end, as before)
  // for the key facts, all of them for the history (record.ts). A handful per person.
  detentions: {
    // Of two that started together (or both at an unknown date), the one still going is later.
    orderBy: [
      { startedOn: { sort: "desc", nulls: "last" } },
      { endedOn: { sort: "desc", nulls: "first" } },
      { id: "asc" },
    ],
    select: {
      id: true,
      startedOn: true,
      startedOnPrecision: true,
      endedOn: true,
      endedOnPrecision: true,
      note: true,
      addressPublic: true,
      facility: {
        select: {
          name: true,
          kind: true,
          region: true,
          postalAddress: true,
          addressNotes: true,
          lettersArrive: true,
          lettersCheckedOn: true,
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

export type ProfileRow = Prisma.PrisonerGetPayload<{ select: typeof profileSelect }>;
export type CitationRow = ProfileRow["cases"][number]["citations"][number];

/**
 * The preview's select: the public one, except that the timeline also takes the events that are
 * still being written or reviewed. They are part of the profile as edited in its Timeline tab, so
 * the preview shows the page as it will be once they are published too. Archived events stay out
 * (they were withdrawn on purpose), and so do letters and publications: they are separate items,
 * published on their own, and the preview's banner says so.
 */
export const previewSelect = {
  ...profileSelect,
  events: {
    ...profileSelect.events,
    where: { event: { state: { in: ["DRAFT", "IN_REVIEW", "PUBLISHED"] } } },
  },
} as const satisfies Prisma.PrisonerSelect;
