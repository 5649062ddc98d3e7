import "server-only";
import type { ContentType } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PrisonerAspect } from "./public-change-kind";
import { rows } from "./snapshot-json";
import type { Snapshot, SnapshotValue, Tx } from "./types";

/**
 * The change feed's cascades: a write of an item that published profiles SHOW (a tag, a country's
 * name, a facility, a criminal-code article, an organisation, a verified signatory's sponsorship, a
 * timeline event shared with other profiles, a letter or publication they list) is a "changed" of
 * each of those profiles, with the
 * aspect the item is shown under, so that a mirror re-reads them without crawling. Sources have
 * their own, older cascade (record-public-change.ts).
 *
 * Judged as the profile DTO judges (lib/data/prisoner-profile/record.ts): only when a field the
 * profile shows of the item changed, only for PUBLISHED profiles, and never for a profile whose
 * `redactedFields` hides the part showing it. A country renamed touches tens of thousands of
 * profiles: the rows are one INSERT … SELECT, which recordPublicChanges runs under the feed's lock
 * as the transaction's last statement (the ids never travel to Node).
 */
export interface PublicChangeCascade {
  entityType: "prisoner";
  kind: "changed";
  aspects: PrisonerAspect[];
  /** The INSERT … SELECT writing the rows: only recordPublicChanges runs it. */
  insert: Prisma.Sql;
}

/** One way a profile shows an item: which of its fields, where the link is, what hides it. */
interface Showing {
  fields: readonly string[];
  /** A condition on the profile `p` that holds when it shows the item `id`. */
  shows: (id: string) => Prisma.Sql;
  /** Entries of Prisoner.redactedFields that hide this part of the profile. */
  redactedBy: readonly string[];
}

interface ShownItem {
  aspect: PrisonerAspect;
  showings: readonly Showing[];
  /** Whether the public sees the item at all in this snapshot (a verified signatory). */
  visible?: (snapshot: Snapshot) => boolean;
}

const linked = (table: string, column: string) => (id: string) =>
  Prisma.sql`p.id IN (SELECT "prisonerId" FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${column}"`)} = ${id})`;

/** What the profile DTO reads of each type (lib/data/prisoner-profile/select.ts). */
const SHOWN_ITEMS: Partial<Record<ContentType, ShownItem>> = {
  // Not on the profile page, but public through the directory's and the API's filters.
  tag: {
    aspect: "tags",
    showings: [
      { fields: ["slug", "name"], shows: linked("PrisonerTag", "tagId"), redactedBy: ["tags"] },
    ],
  },
  affiliation: {
    aspect: "tags",
    showings: [
      {
        fields: ["slug", "name"],
        shows: linked("PrisonerAffiliation", "affiliationId"),
        redactedBy: ["affiliations"],
      },
    ],
  },
  organisation: {
    aspect: "recognition",
    showings: [
      {
        fields: ["name", "url", "kind"],
        shows: linked("Recognition", "organisationId"),
        redactedBy: ["recognitions"],
      },
    ],
  },
  country: {
    aspect: "identity",
    showings: [
      {
        fields: ["name"],
        shows: (code) => Prisma.sql`p."countryCode" = ${code}`,
        redactedBy: ["country", "countryCode"],
      },
    ],
  },
  criminalCodeArticle: {
    aspect: "cases",
    showings: [
      {
        fields: ["code", "codeName", "article", "part", "title"],
        shows: (id) =>
          Prisma.sql`p.id IN (SELECT c."prisonerId" FROM "Charge" AS ch JOIN "Case" AS c ON c.id = ch."caseId" WHERE ch."articleId" = ${id})`,
        redactedBy: ["cases", "charges"],
      },
    ],
  },
  facility: {
    aspect: "detention",
    showings: [
      // Every detention there, current or past.
      {
        fields: ["name", "kind", "region"],
        shows: linked("Detention", "facilityId"),
        redactedBy: ["detentions"],
      },
      // The address, only under a current detention whose address is public. (Where the
      // prisoner's own letter flag says letters are lost the page hides it too: such a profile
      // is reported, one entry more than needed, rather than judged on the two flags in SQL.)
      {
        fields: ["postalAddress", "addressNotes", "lettersArrive", "lettersCheckedOn"],
        shows: (id) =>
          Prisma.sql`p.id IN (SELECT "prisonerId" FROM "Detention" WHERE "facilityId" = ${id} AND "endedOn" IS NULL AND "addressPublic")`,
        redactedBy: ["detentions", "facilityAddress"],
      },
    ],
  },
  // lib/sponsors/public-sponsors.ts: published sponsorships of verified signatories.
  notableSignatory: {
    aspect: "sponsors",
    visible: (snapshot) => typeof snapshot.verifiedAt === "string",
    showings: [
      {
        fields: ["name", "office", "countryCode"],
        shows: (id) =>
          Prisma.sql`p.id IN (SELECT "prisonerId" FROM "PrisonerSponsor" WHERE "signatoryId" = ${id} AND state = 'PUBLISHED')`,
        redactedBy: [],
      },
    ],
  },
};

/**
 * Items a profile LISTS (its letters and publications): the item's snapshot names the profiles it
 * concerns, and a write may change those links with the rest, so the profiles are read from the
 * snapshots before and after rather than from the link table after the write.
 */
interface ListedItem {
  aspect: PrisonerAspect;
  /** The fields the profile's list shows of the item (lib/data/prisoner-profile/select.ts). */
  fields: readonly string[];
  /** Whether the profile lists it at all (publicLetterWhere, publishedPublicationWhere). */
  listed: (snapshot: Snapshot) => boolean;
}

const LISTED_ITEMS: Partial<Record<ContentType, ListedItem>> = {
  letter: {
    aspect: "letters",
    fields: ["slug", "kind", "state", "title", "summary", "sentOn"],
    listed: (snapshot) => snapshot.state !== "DRAFT",
  },
  publication: {
    aspect: "publications",
    fields: ["slug", "type", "title", "publishedOn"],
    listed: (snapshot) => snapshot.state === "PUBLISHED",
  },
};

/**
 * The cascades of one content write (none when no profile can see a difference). Asked inside the
 * transaction after the change (before it, for a delete).
 */
export async function publicChangeCascades(
  tx: Tx,
  type: ContentType,
  id: string,
  before: Snapshot | null,
  after: Snapshot | null,
): Promise<PublicChangeCascade[]> {
  if (type === "prisoner") return sharedEventCascades(id, before, after);
  const listed = LISTED_ITEMS[type];
  if (listed) return listedItemCascades(listed, before, after);
  const item = SHOWN_ITEMS[type];
  if (!item || !before) return []; // Nothing links to an item being created.
  const visibleBefore = item.visible?.(before) ?? true;
  const visibleAfter = after !== null && (item.visible?.(after) ?? true);
  if (!visibleBefore && !visibleAfter) return [];
  const showings =
    visibleBefore !== visibleAfter
      ? item.showings
      : item.showings.filter((showing) => changedFields(showing.fields, before, after!));
  if (showings.length === 0) return [];
  const shown = joinOr(showings.map((showing) => shownBy(showing, id)));
  if (after !== null) return [cascade(item.aspect, shown)];
  // A delete takes the link rows (PrisonerTag …) with it before the feed's rows are written:
  // the profiles are named now, in one statement.
  const [named] = await tx.$queryRaw<{ ids: string[] | null }[]>`
    SELECT array_agg(p.id) AS ids FROM "Prisoner" AS p WHERE ${shown}`;
  const ids = named?.ids ?? [];
  if (ids.length === 0) return [];
  return [cascade(item.aspect, Prisma.sql`p.id = ANY(${ids}::text[])`)];
}

/**
 * A letter or publication listed on profiles: when what the list shows of it changed (or it
 * appeared or left), every published profile it concerns before or after; else only the profiles
 * it was linked to or unlinked from while listed.
 */
function listedItemCascades(
  item: ListedItem,
  before: Snapshot | null,
  after: Snapshot | null,
): PublicChangeCascade[] {
  const shownBefore = before !== null && item.listed(before) ? prisonerIdsOf(before) : new Set();
  const shownAfter = after !== null && item.listed(after) ? prisonerIdsOf(after) : new Set();
  const listChanged =
    before !== null &&
    after !== null &&
    item.listed(before) &&
    item.listed(after) &&
    changedFields(item.fields, before, after);
  const touched = [...new Set([...shownBefore, ...shownAfter])].filter(
    (id) => listChanged || shownBefore.has(id) !== shownAfter.has(id),
  );
  if (touched.length === 0) return [];
  return [cascade(item.aspect, Prisma.sql`p.id = ANY(${touched}::text[])`)];
}

/** The ids of `prisoners: [{ prisonerId, name }]` in a letter's or publication's snapshot. */
function prisonerIdsOf(snapshot: Snapshot): Set<string> {
  return new Set(rows(snapshot, "prisoners").map((row) => String(row.prisonerId)));
}

/**
 * A timeline event is shared by the profiles it concerns (EventPrisoner) but edited through one
 * of them: a change of what the public sees of it (published, withdrawn or edited while
 * published) is a "timeline" change of the OTHER published profiles that show it too. The edited
 * profile's own entry comes from publicChangeOf.
 */
function sharedEventCascades(
  prisonerId: string,
  before: Snapshot | null,
  after: Snapshot | null,
): PublicChangeCascade[] {
  const publicBefore = publishedEvents(before);
  const publicAfter = publishedEvents(after);
  const stillLinked = new Set(eventsOf(after).map((event) => event.id));
  const changed = [...new Set([...publicBefore.keys(), ...publicAfter.keys()])].filter(
    (eventId) => stillLinked.has(eventId) && publicBefore.get(eventId) !== publicAfter.get(eventId),
  );
  if (changed.length === 0) return [];
  const sharing = Prisma.sql`p.id IN (SELECT "prisonerId" FROM "EventPrisoner" WHERE "eventId" = ANY(${changed}::text[]))`;
  return [
    cascade(
      "timeline",
      Prisma.sql`p.id <> ${prisonerId} AND ${sharing} AND ${notRedacted(["events"])}`,
    ),
  ];
}

function eventsOf(snapshot: Snapshot | null): { id: string; state: SnapshotValue }[] {
  const events = snapshot?.events;
  if (!Array.isArray(events)) return [];
  return events.flatMap((event) =>
    event !== null &&
    typeof event === "object" &&
    !Array.isArray(event) &&
    typeof event.id === "string"
      ? [{ ...event, id: event.id, state: event.state ?? null }]
      : [],
  );
}

/** The published events of a snapshot, by id, as JSON to compare. */
function publishedEvents(snapshot: Snapshot | null): Map<string, string> {
  return new Map(
    eventsOf(snapshot)
      .filter((event) => event.state === "PUBLISHED")
      .map((event) => [event.id, JSON.stringify(event)]),
  );
}

function changedFields(fields: readonly string[], before: Snapshot, after: Snapshot): boolean {
  return fields.some(
    (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
  );
}

function shownBy(showing: Showing, id: string): Prisma.Sql {
  if (showing.redactedBy.length === 0) return Prisma.sql`(${showing.shows(id)})`;
  return Prisma.sql`(${showing.shows(id)} AND ${notRedacted(showing.redactedBy)})`;
}

/** The profile hides none of these parts; a NULL list (never set) hides nothing. */
function notRedacted(fields: readonly string[]): Prisma.Sql {
  return Prisma.sql`NOT (coalesce(p."redactedFields", '{}'::text[]) && ${[...fields]}::text[])`;
}

function joinOr(parts: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/** One row per published profile meeting `shown`, in id order. */
function cascade(aspect: PrisonerAspect, shown: Prisma.Sql): PublicChangeCascade {
  return {
    entityType: "prisoner",
    kind: "changed",
    aspects: [aspect],
    insert: Prisma.sql`
      INSERT INTO "PublicChange" ("entityType", "entityId", "slug", "kind", "aspects")
      SELECT 'prisoner'::"PublicEntityType", p.id, p.slug, 'changed'::"PublicChangeKind", ${[aspect]}::text[]
      FROM "Prisoner" AS p
      WHERE p.state = 'PUBLISHED' AND ${shown}
      ORDER BY p.id`,
  };
}
