import { cacheTags } from "@/lib/data/cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localized, toSnapshot } from "../snapshot-json";
import type { ContentRegistryEntry, Snapshot, Tx } from "../types";
import { citationsInclude } from "./citations";
import { restorePrisonerSnapshot } from "./prisoner-restore";
import { guardPublicEvents } from "./public-events";
import { CONTENT_KINDS } from "../content-kinds";

/**
 * A prisoner profile is the largest aggregate: the row, its name variants, status history, cases
 * with charges, detentions, timeline events, PACE assessments, recognitions, tags, affiliations,
 * profile-level citations and the staff-only PrisonerInternal. Everything the profile editor
 * saves is in the snapshot, so that a restore gives back exactly what an editor saw.
 */
// Child rows are identified by their own id: the parent's foreign key in each is left out.
const withoutPrisoner = { prisonerId: true } as const;

const include = {
  internal: {
    select: { familyContacts: true, lawyerContacts: true, consentNotes: true, notes: true },
  },
  nameVariants: {
    omit: withoutPrisoner,
    orderBy: [{ kind: "asc" }, { value: "asc" }, { id: "asc" }],
  },
  statusChanges: {
    omit: withoutPrisoner,
    include: citationsInclude,
    orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  },
  cases: {
    omit: withoutPrisoner,
    include: {
      ...citationsInclude,
      charges: {
        omit: { caseId: true },
        include: { article: { select: { code: true, article: true, part: true } } },
        orderBy: { id: "asc" },
      },
    },
    orderBy: [{ detainedOn: "asc" }, { id: "asc" }],
  },
  detentions: {
    omit: withoutPrisoner,
    include: { ...citationsInclude, facility: { select: { name: true } } },
    orderBy: [{ startedOn: "asc" }, { id: "asc" }],
  },
  criterionAssessments: {
    omit: withoutPrisoner,
    include: citationsInclude,
    orderBy: { criterion: "asc" },
  },
  recognitions: {
    omit: withoutPrisoner,
    include: { ...citationsInclude, organisation: { select: { name: true } } },
    orderBy: [{ recognisedOn: "asc" }, { id: "asc" }],
  },
  tags: { include: { tag: { select: { name: true } } }, orderBy: { tagId: "asc" } },
  affiliations: {
    include: { affiliation: { select: { name: true } } },
    orderBy: { affiliationId: "asc" },
  },
  events: {
    include: { event: { include: citationsInclude } },
    orderBy: { eventId: "asc" },
  },
  // Citations of the profile as a whole or of one of its fields.
  ...citationsInclude,
} satisfies Prisma.PrisonerInclude;

async function loadSnapshot(tx: Tx, id: string): Promise<Snapshot | null> {
  const row = await tx.prisoner.findUnique({ where: { id }, include });
  if (!row) return null;
  const { events, tags, affiliations, cases, ...rest } = row;
  return toSnapshot({
    ...rest,
    cases: cases.map(({ charges, ...entry }) => ({
      ...entry,
      charges: charges.map(({ article, ...charge }) => ({
        ...charge,
        label: [article.code, article.article, article.part].filter(Boolean).join(" "),
      })),
    })),
    tags: tags.map(({ tagId, tag }) => ({ tagId, name: tag.name })),
    affiliations: affiliations.map(({ affiliationId, role, affiliation }) => ({
      affiliationId,
      role,
      name: affiliation.name,
    })),
    events: events.map(({ event }) => event),
  });
}

export const prisonerEntry: ContentRegistryEntry = {
  type: "prisoner",
  ...CONTENT_KINDS.prisoner,
  table: "Prisoner",
  idColumn: "id",
  loadSnapshot,
  restoreSnapshot: restorePrisonerSnapshot,
  // Events published or archived on their own: only editors change them, by any path.
  guardPublicChildren: guardPublicEvents,
  async cacheTags(tx, id) {
    const publications = await tx.publicationPrisoner.findMany({
      where: { prisonerId: id },
      select: { publicationId: true },
    });
    const letters = await tx.letterPrisoner.findMany({
      where: { prisonerId: id },
      select: { letterId: true },
    });
    return [
      cacheTags.prisoners,
      cacheTags.prisoner(id),
      cacheTags.countries,
      ...publications.map((link) => cacheTags.publication(link.publicationId)),
      ...letters.map((link) => cacheTags.letter(link.letterId)),
    ];
  },
  label: (snapshot, locale) => localized(snapshot.name, locale) || String(snapshot.slug ?? ""),
};
