import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import type { WriteContext } from "@/lib/content-store/types";
import { cacheTags, revalidateContent } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { InvalidFieldsError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { recordSponsorPublicChange } from "./sponsor-public-change";

/**
 * Editors record a verified notable signatory as a prisoner's sponsor, show or hide it on the
 * profile, and remove it. Each write runs in one transaction with its own Revision
 * (entityType "PrisonerSponsor", numbered by the row's `version`, a last "removed" one kept after
 * a removal, as deleted content keeps one) and an audit row ("prisonerSponsor.added", "shown",
 * "hidden", "removed", naming the prisoner); after the commit the profile's cache tag is
 * revalidated. A sponsor that appears on or leaves a published profile also writes the change
 * feed's entry, last in the transaction (sponsor-public-change.ts). Only `manage` on prisonerSponsor (editors, administrators) may: a sponsor's name
 * goes on a public page and will receive the prisoner's alerts.
 */

const ENTITY = "PrisonerSponsor";

type Tx = Prisma.TransactionClient;

const snapshotSelect = {
  id: true,
  prisonerId: true,
  signatoryId: true,
  since: true,
  state: true,
  alertEmail: true,
  alertLocale: true,
  version: true,
  signatory: { select: { name: true, verifiedAt: true } },
} as const satisfies Prisma.PrisonerSponsorSelect;

type SponsorRow = Prisma.PrisonerSponsorGetPayload<{ select: typeof snapshotSelect }>;

function snapshotOf(row: SponsorRow): Prisma.InputJsonValue {
  return {
    prisonerId: row.prisonerId,
    signatoryId: row.signatoryId,
    signatoryName: row.signatory.name,
    since: row.since.toISOString().slice(0, 10),
    state: row.state,
    alertEmail: row.alertEmail,
    alertLocale: row.alertLocale,
  };
}

async function recordChange(
  tx: Tx,
  actor: Actor,
  row: SponsorRow,
  change: { action: string; number: number; context?: WriteContext },
): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: ENTITY,
      entityId: row.id,
      number: change.number,
      snapshot: snapshotOf(row),
      authorId: actor.id,
      summary: change.action,
    },
  });
  await recordAudit(tx, {
    actor,
    action: `prisonerSponsor.${change.action}`,
    entityType: ENTITY,
    entityId: row.id,
    ip: change.context?.ip,
    userAgent: change.context?.userAgent,
    // Who sponsors whom; never the alert address (personal data stays in the revision).
    details: {
      prisonerId: row.prisonerId,
      signatoryId: row.signatoryId,
      signatoryName: row.signatory.name,
      version: change.number,
    },
  });
}

function sponsorOf(row: SponsorRow): { prisonerId: string; verified: boolean } {
  return { prisonerId: row.prisonerId, verified: row.signatory.verifiedAt !== null };
}

export interface NewSponsor {
  prisonerId: string;
  signatoryId: string;
  /** YYYY-MM-DD. */
  since: string;
  published: boolean;
  alertEmail: string | null;
  /** The language of the sponsor's alerts. */
  alertLocale: Locale;
  context?: WriteContext;
}

export async function addPrisonerSponsor(actor: Actor, input: NewSponsor): Promise<{ id: string }> {
  authorize(actor, "manage", { type: "prisonerSponsor" });
  const id = await prisma.$transaction(async (tx) => {
    const prisoner = await tx.prisoner.findUnique({
      where: { id: input.prisonerId },
      select: { id: true },
    });
    if (!prisoner) throw new NotFoundError("Prisoner", input.prisonerId);
    const signatory = await tx.notableSignatory.findUnique({
      where: { id: input.signatoryId },
      select: { verifiedAt: true },
    });
    if (!signatory?.verifiedAt) throw new InvalidFieldsError({ signatoryId: "errorNotVerified" });
    let row: SponsorRow;
    try {
      row = await tx.prisonerSponsor.create({
        data: {
          prisonerId: input.prisonerId,
          signatoryId: input.signatoryId,
          since: new Date(`${input.since}T00:00:00Z`),
          state: input.published ? "PUBLISHED" : "DRAFT",
          alertEmail: input.alertEmail,
          alertLocale: input.alertLocale,
          createdById: actor.id,
          updatedById: actor.id,
        },
        select: snapshotSelect,
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new InvalidFieldsError({ signatoryId: "errorDuplicate" });
      }
      throw error;
    }
    await recordChange(tx, actor, row, { action: "added", number: 1, context: input.context });
    await recordSponsorPublicChange(tx, sponsorOf(row), false, row.state === "PUBLISHED");
    return row.id;
  });
  revalidateContent(cacheTags.prisoner(input.prisonerId));
  return { id };
}

async function lockedSponsor(tx: Tx, id: string): Promise<SponsorRow> {
  // Two editors at once: the second waits, then sees the first one's change.
  await tx.$queryRaw`SELECT 1 FROM "PrisonerSponsor" WHERE "id" = ${id} FOR UPDATE`;
  const row = await tx.prisonerSponsor.findUnique({ where: { id }, select: snapshotSelect });
  if (!row) throw new NotFoundError(ENTITY, id);
  return row;
}

/** Shows the sponsor on the public profile, or hides it; nothing is written when it already is. */
export async function setPrisonerSponsorPublished(
  actor: Actor,
  input: { id: string; published: boolean; context?: WriteContext },
): Promise<string | null> {
  authorize(actor, "manage", { type: "prisonerSponsor" });
  const prisonerId = await prisma.$transaction(async (tx) => {
    const current = await lockedSponsor(tx, input.id);
    const state = input.published ? "PUBLISHED" : "DRAFT";
    if (current.state === state) return null;
    const row = await tx.prisonerSponsor.update({
      where: { id: input.id },
      data: { state, version: { increment: 1 }, updatedById: actor.id },
      select: snapshotSelect,
    });
    await recordChange(tx, actor, row, {
      action: input.published ? "shown" : "hidden",
      number: row.version,
      context: input.context,
    });
    await recordSponsorPublicChange(
      tx,
      sponsorOf(row),
      current.state === "PUBLISHED",
      row.state === "PUBLISHED",
    );
    return row.prisonerId;
  });
  if (prisonerId) revalidateContent(cacheTags.prisoner(prisonerId));
  return prisonerId;
}

/** Removes the sponsorship; its history (revisions, audit rows) stays. */
export async function removePrisonerSponsor(
  actor: Actor,
  input: { id: string; context?: WriteContext },
): Promise<string> {
  authorize(actor, "manage", { type: "prisonerSponsor" });
  const prisonerId = await prisma.$transaction(async (tx) => {
    const row = await lockedSponsor(tx, input.id);
    await tx.prisonerSponsor.delete({ where: { id: input.id } });
    await recordChange(tx, actor, row, {
      action: "removed",
      number: row.version + 1,
      context: input.context,
    });
    await recordSponsorPublicChange(tx, sponsorOf(row), row.state === "PUBLISHED", false);
    return row.prisonerId;
  });
  revalidateContent(cacheTags.prisoner(prisonerId));
  return prisonerId;
}
