import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { conflictFor } from "@/lib/content-store/conflict";
import { diffSnapshots } from "@/lib/content-store/diff-snapshots";
import { bumpVersion, lockRow } from "@/lib/content-store/locked-row";
import { recordRevision } from "@/lib/content-store/record-revision";
import { publicChangesOfWrite } from "@/lib/content-store/record-public-change";
import { registryEntry } from "@/lib/content-store/registry";
import { runWrite } from "@/lib/content-store/run-write";
import type { WriteContext } from "@/lib/content-store/types";

/**
 * Verifying a notable signatory makes the name public (the letter page, the delivery PDF);
 * withdrawing the verification hides it again. Only editors and administrators may (`verify` in
 * lib/auth/policy.ts). Like a workflow move it is its own write, with its own permission, on the
 * version the editor saw: the row is locked, the change, a revision and an audit row
 * ("notableSignatory.verified" / "notableSignatory.unverified", with the note) are written in one
 * transaction, and the public letter pages are revalidated after the commit.
 */
export async function setSignatoryVerification(
  actor: Actor,
  input: {
    id: string;
    expectedVersion: number;
    verified: boolean;
    /** How the signature was checked (verifying), or why the verification is withdrawn. */
    note: string | null;
    context?: WriteContext;
  },
): Promise<{ version: number }> {
  authorize(actor, "verify", { type: "notableSignatory" });
  const entry = registryEntry("notableSignatory");
  return runWrite(async (tx) => {
    const row = await lockRow(tx, entry, input.id);
    if (row.version !== input.expectedVersion) {
      throw await conflictFor(tx, entry, input.id, input.expectedVersion, row.version, actor);
    }
    const isVerified = row.state === "PUBLISHED";
    // Nothing to change (a form posted twice): no revision, no audit row.
    if (isVerified === input.verified) return { result: { version: row.version }, tags: [] };
    const before = (await entry.loadSnapshot(tx, input.id))!;
    await tx.notableSignatory.update({
      where: { id: input.id },
      data: input.verified
        ? { verifiedAt: new Date(), verifiedById: actor.id, verificationNote: input.note }
        : { verifiedAt: null, verifiedById: null, verificationNote: null },
    });
    const version = await bumpVersion(tx, entry, input.id, actor.id);
    const snapshot = (await entry.loadSnapshot(tx, input.id))!;
    await recordRevision(tx, actor, entry, {
      id: input.id,
      number: version,
      snapshot,
      summary: input.verified ? "verified" : "verification withdrawn",
      action: input.verified ? "verified" : "unverified",
      changes: diffSnapshots(before, snapshot),
      // The note says how it was checked (or why it was withdrawn); absent when none was given.
      details: input.note ? { note: input.note } : {},
      context: input.context,
    });
    return {
      result: { version },
      tags: [
        ...(await entry.cacheTags(tx, input.id, before)),
        ...(await entry.cacheTags(tx, input.id, snapshot)),
      ],
      // The profiles it sponsors show it or stop showing it (public-change-cascade.ts).
      changes: await publicChangesOfWrite(tx, entry, input.id, before, snapshot),
    };
  });
}
