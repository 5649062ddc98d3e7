import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  SERVABLE_FILE_SELECT,
  toServableFile,
  type ServableMediaFile,
} from "@/lib/storage/media-files";

/**
 * When the public media route may serve a source's attached document: staff ticked "Show the
 * document on public pages" (`Source.documentPublic`) AND a PUBLISHED profile shows a citation of
 * the source. The second half mirrors where the public profile (lib/data/prisoner-profile/)
 * shows citations and what its redactions hide, so that every document link the page shows is
 * served and a citation withheld from the page opens nothing:
 *
 * - the profile's own citations, unless "citations" or the cited fact is redacted;
 * - a PUBLISHED timeline event's, unless "events" is redacted on that profile;
 * - a case's, an assessment's, a recognition's, unless its section is redacted;
 * - the current detention's (the one the profile shows), unless "detentions" is redacted;
 * - the latest status change's (shown with the status), unless "citations" or "status" is.
 *
 * (The page also leaves out the citations of a fact with no value; those still count here, as an
 * empty fact withholds nothing.)
 *
 * Not cached, like the route's other rules: once the box is unticked or the profile unpublished,
 * the next request is refused (shared caches may keep the file for up to an hour, see
 * lib/storage/media-response.ts).
 */

const prisonerVisibility = { state: true, redactedFields: true } as const;

/** The same orders as the profile's select: the detention and status entry the page shows. */
const shownDetention = {
  where: { endedOn: null },
  orderBy: [{ startedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  take: 1,
  select: { id: true },
} as const satisfies Prisma.Prisoner$detentionsArgs;

const shownStatusChange = {
  orderBy: [
    { effectiveOn: { sort: "desc", nulls: "last" } },
    { createdAt: "desc" },
    { id: "desc" },
  ],
  take: 1,
  select: { id: true },
} as const satisfies Prisma.Prisoner$statusChangesArgs;

const citationVisibilitySelect = {
  field: true,
  prisoner: { select: prisonerVisibility },
  event: {
    select: { state: true, prisoners: { select: { prisoner: { select: prisonerVisibility } } } },
  },
  case: { select: { prisoner: { select: prisonerVisibility } } },
  criterionAssessment: { select: { prisoner: { select: prisonerVisibility } } },
  recognition: { select: { prisoner: { select: prisonerVisibility } } },
  detention: {
    select: {
      id: true,
      prisoner: { select: { ...prisonerVisibility, detentions: shownDetention } },
    },
  },
  statusChange: {
    select: {
      id: true,
      prisoner: { select: { ...prisonerVisibility, statusChanges: shownStatusChange } },
    },
  },
} as const satisfies Prisma.CitationSelect;

type CitationVisibility = Prisma.CitationGetPayload<{ select: typeof citationVisibilitySelect }>;
type PrisonerVisibility = { state: string; redactedFields: string[] };

/** Whether a published profile shows the section (none of `sections` is redacted). */
function shows(prisoner: PrisonerVisibility, ...sections: string[]): boolean {
  return (
    prisoner.state === "PUBLISHED" &&
    !sections.some((section) => prisoner.redactedFields.includes(section))
  );
}

/**
 * Redactions that hide a fact under another name, as the profile applies them: "country" and
 * "countryCode" hide the same fact, and a withheld status takes its date with it.
 */
const FIELD_HIDDEN_BY: Record<string, string[]> = {
  country: ["country", "countryCode"],
  countryCode: ["country", "countryCode"],
  statusSince: ["status", "statusSince"],
};

/** Whether a public profile shows this citation (see the rules above). */
export function isCitationShownPublicly(citation: CitationVisibility): boolean {
  const { prisoner, event, detention, statusChange } = citation;
  if (prisoner) {
    const field = citation.field;
    return shows(prisoner, "citations", ...(field ? (FIELD_HIDDEN_BY[field] ?? [field]) : []));
  }
  if (event) {
    return (
      event.state === "PUBLISHED" && event.prisoners.some((link) => shows(link.prisoner, "events"))
    );
  }
  if (citation.case) return shows(citation.case.prisoner, "cases");
  if (citation.criterionAssessment) {
    return shows(citation.criterionAssessment.prisoner, "criterionAssessments");
  }
  if (citation.recognition) return shows(citation.recognition.prisoner, "recognitions");
  if (detention) {
    return (
      detention.prisoner.detentions[0]?.id === detention.id &&
      shows(detention.prisoner, "detentions")
    );
  }
  if (statusChange) {
    return (
      statusChange.prisoner.statusChanges[0]?.id === statusChange.id &&
      shows(statusChange.prisoner, "citations", "status")
    );
  }
  return false;
}

/**
 * The document (a PDF) with this id when a source whose document is public is cited where a
 * published profile shows it; null otherwise, so the route answers with the same 404 whether
 * or not the file exists.
 */
export async function getPublicSourceDocument(id: string): Promise<ServableMediaFile | null> {
  const asset = await prisma.mediaAsset.findFirst({
    where: { id, kind: "PDF", sourceDocuments: { some: { documentPublic: true } } },
    select: {
      ...SERVABLE_FILE_SELECT,
      sourceDocuments: {
        where: { documentPublic: true },
        select: { citations: { select: citationVisibilitySelect } },
      },
    },
  });
  if (!asset) return null;
  const shown = asset.sourceDocuments.some((source) =>
    source.citations.some(isCitationShownPublicly),
  );
  if (!shown) return null;
  return toServableFile(asset);
}
