import { can, type Actor } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../types";

/**
 * A prisoner's timeline events have their own publication state, and an event may concern several
 * prisoners: an event can be published while a profile it is linked to is a draft (it is also on
 * another published profile, or the profile went back to draft and its events stayed published).
 * A contributor may edit that draft profile, but not what the public already sees through it.
 *
 * Rather than ask every path that writes events (the timeline tab, the cases tab whose deleted
 * case clears an event's case, a restore of an old revision) to know this, the content store takes
 * a fingerprint of the public events before the write and compares it after; any difference
 * refuses the whole write (ForbiddenError, rolled back). Editors and administrators, who may change
 * published profiles, are not checked.
 */

/** Events the public sees (or saw, for archived ones): only editors change them. */
const PUBLIC_EVENT_STATES = ["PUBLISHED", "ARCHIVED"] as const;

function eventSelect(prisonerId: string) {
  return {
    id: true,
    date: true,
    datePrecision: true,
    type: true,
    title: true,
    text: true,
    countryCode: true,
    caseId: true,
    state: true,
    citations: {
      select: { sourceId: true, locator: true, position: true },
      orderBy: [{ position: "asc" }, { sourceId: "asc" }],
    },
    // Whether it is still on this prisoner's timeline.
    prisoners: { where: { prisonerId }, select: { prisonerId: true } },
  } as const satisfies Prisma.EventSelect;
}

/**
 * What the public sees of each event: its content, state, case, sources and whether it is on this
 * prisoner's timeline. Bookkeeping (version, who saved it, when) is left out: saving a published
 * event unchanged is not a change.
 */
async function fingerprints(
  tx: Tx,
  prisonerId: string,
  alsoIds: readonly string[],
): Promise<Map<string, string>> {
  const events = await tx.event.findMany({
    where: {
      OR: [
        { state: { in: [...PUBLIC_EVENT_STATES] }, prisoners: { some: { prisonerId } } },
        ...(alsoIds.length > 0 ? [{ id: { in: [...alsoIds] } }] : []),
      ],
    },
    select: eventSelect(prisonerId),
  });
  return new Map(
    events.map(({ prisoners, ...event }) => [
      event.id,
      JSON.stringify({ ...event, linked: prisoners.length > 0 }),
    ]),
  );
}

/** The content store's `guardPublicChildren` for prisoners (see ContentRegistryEntry). */
export async function guardPublicEvents(
  tx: Tx,
  actor: Actor,
  prisonerId: string,
): Promise<() => Promise<void>> {
  if (can(actor, "update", { type: "prisoner", state: "PUBLISHED" })) return async () => {};
  const before = await fingerprints(tx, prisonerId, []);
  return async () => {
    const after = await fingerprints(tx, prisonerId, [...before.keys()]);
    // Changed, unlinked, deleted (absent after), or made public (absent before).
    const ids = new Set([...before.keys(), ...after.keys()]);
    for (const id of ids) {
      if (before.get(id) !== after.get(id)) throw new ForbiddenError("update", "publishedEvent");
    }
  };
}
