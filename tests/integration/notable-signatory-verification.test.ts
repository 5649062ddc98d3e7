import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createSignatory } from "@/lib/actions/signatories/create-signatory";
import { updateSignatory } from "@/lib/actions/signatories/update-signatory";
import { verifySignatory } from "@/lib/actions/signatories/verify-signatory";
import { restoreRevision } from "@/lib/content-store";
import { getPublicLetterBySlug, listPublicLetters } from "@/lib/data/letters";
import { prisma } from "@/lib/db";
import { readDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import { ForbiddenError } from "@/lib/errors";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { createPetition, type TestPetition } from "../fixtures/signing";
import { actionForm, runAction } from "../fixtures/server-actions";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

/**
 * Notable signatories are proposed by any staff member and made public only by an editor's
 * verification, called through the server actions as a forged request would (a real session,
 * the staff-action wrapper, the content store, PostgreSQL): a contributor's "verified" field is
 * ignored, a contributor cannot verify, and cannot change a verified (public) signatory.
 */

let editor: StaffUser;
let contributor: StaffUser;
let letter: TestPetition;

beforeAll(async () => {
  [editor, contributor] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
  letter = await createPetition("notables");
});

afterEach(() => signOutRequest());

/** Proposes a signatory as `user` (the create action ends in a redirect) and returns its id. */
async function propose(user: StaffUser, name: string, extra: Record<string, string> = {}) {
  await signInRequestAs(user);
  const outcome = await runAction(
    createSignatory,
    actionForm({ letterId: letter.id, name, "office.en": "Member of Parliament", ...extra }),
  ).then(
    (state) => {
      throw new Error(`expected a redirect, got ${JSON.stringify(state)}`);
    },
    (error: unknown) => error as { digest?: string },
  );
  const match = /\/dashboard\/signatories\/([^;/?]+)/.exec(outcome.digest ?? "");
  if (!match) throw outcome;
  return match[1]!;
}

async function verifyAs(user: StaffUser, id: string, verified: boolean, note: string) {
  await signInRequestAs(user);
  const { version } = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
  return runAction(
    verifySignatory,
    actionForm({ id, expectedVersion: String(version), verified: String(verified), note }),
  );
}

async function publicNames(): Promise<string[]> {
  const dto = await getPublicLetterBySlug(letter.slug, "en");
  return dto?.notableSignatories.map((signatory) => signatory.name) ?? [];
}

describe("proposing a notable signatory", () => {
  it("a contributor's proposal is unverified whatever the form says, and not public", async () => {
    const id = await propose(contributor, "Proposed Person", {
      verified: "on",
      verifiedAt: "2026-01-01",
      verificationNote: "trust me",
    });
    const row = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ verifiedAt: null, verifiedById: null, verificationNote: null });
    expect(await publicNames()).not.toContain("Proposed Person");
    const listed = (await listPublicLetters({ locale: "en" })).find(
      (item) => item.id === letter.id,
    );
    expect(listed?.notableSignatoryNames ?? []).not.toContain("Proposed Person");
    const delivery = await readDeliverySnapshot(editor, letter.id, "en");
    expect(delivery.notableSignatories.map((s) => s.name)).not.toContain("Proposed Person");
  });

  it("a contributor may correct a proposal, which stays unverified", async () => {
    const id = await propose(contributor, "Typo Persn");
    await signInRequestAs(contributor);
    const state = await runAction(
      updateSignatory,
      actionForm({
        id,
        expectedVersion: "1",
        letterId: letter.id,
        name: "Typo Person",
        verified: "on",
      }),
    );
    expect(state).toMatchObject({ status: "success" });
    const row = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "Typo Person", verifiedAt: null, version: 2 });
  });
});

describe("verifying", () => {
  it("an editor's verification makes the name public, with an audit row naming who and how", async () => {
    const id = await propose(contributor, "Verified Person");
    const state = await verifyAs(editor, id, true, "Confirmed by phone with her office.");
    expect(state).toMatchObject({ status: "success", result: { version: 2 } });

    const row = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
    expect(row.verifiedById).toBe(editor.id);
    expect(row.verifiedAt).toBeInstanceOf(Date);
    expect(row.verificationNote).toBe("Confirmed by phone with her office.");
    expect(await publicNames()).toContain("Verified Person");
    const delivery = await readDeliverySnapshot(editor, letter.id, "en");
    expect(delivery.notableSignatories.map((s) => s.name)).toContain("Verified Person");

    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "notableSignatory.verified", entityId: id },
    });
    expect(audit).toMatchObject({ actorId: editor.id, entityType: "NotableSignatory" });
    expect(audit.details).toMatchObject({ note: "Confirmed by phone with her office." });
    expect(await prisma.revision.count({ where: { entityId: id } })).toBe(2);
  });

  it("needs a note saying how the signature was checked", async () => {
    const id = await propose(editor, "No Note Person");
    const state = await verifyAs(editor, id, true, "  ");
    expect(state).toMatchObject({ status: "invalid" });
    expect(state.status === "invalid" && state.fieldErrors.note).toBeTruthy();
    const row = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
    expect(row.verifiedAt).toBeNull();
  });

  it("a contributor cannot verify, and nothing is written", async () => {
    const id = await propose(contributor, "Self Verified Person");
    const state = await verifyAs(contributor, id, true, "I checked it myself.");
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    const row = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ verifiedAt: null, version: 1 });
    expect(await publicNames()).not.toContain("Self Verified Person");
    expect(
      await prisma.auditLog.count({ where: { action: "notableSignatory.verified", entityId: id } }),
    ).toBe(0);
  });

  it("an editor withdraws a verification: the name leaves the public page, audited", async () => {
    const id = await propose(editor, "Withdrawn Person");
    await verifyAs(editor, id, true, "Signed in front of us.");
    expect(await publicNames()).toContain("Withdrawn Person");
    const state = await verifyAs(editor, id, false, "The office denies it.");
    expect(state).toMatchObject({ status: "success" });
    expect(await publicNames()).not.toContain("Withdrawn Person");
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "notableSignatory.unverified", entityId: id },
    });
    expect(audit.actorId).toBe(editor.id);
    expect(audit.details).toMatchObject({ note: "The office denies it." });
  });
});

describe("a verified signatory", () => {
  it("cannot be changed by a contributor, and stays as the editor verified it", async () => {
    const id = await propose(contributor, "Public Person");
    await verifyAs(editor, id, true, "Letter bears the signature.");
    const { version } = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
    await signInRequestAs(contributor);
    const state = await runAction(
      updateSignatory,
      actionForm({
        id,
        expectedVersion: String(version),
        letterId: letter.id,
        name: "Someone Else Entirely",
      }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    const row = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "Public Person", version });
    expect(await publicNames()).toContain("Public Person");
  });

  it("can be edited by an editor and stays verified", async () => {
    const id = await propose(editor, "Edited Person");
    await verifyAs(editor, id, true, "Seen on the original.");
    await signInRequestAs(editor);
    const state = await runAction(
      updateSignatory,
      actionForm({ id, expectedVersion: "2", letterId: letter.id, name: "Edited Person MEP" }),
    );
    expect(state).toMatchObject({ status: "success" });
    const row = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
    expect(row.verifiedById).toBe(editor.id);
    expect(await publicNames()).toContain("Edited Person MEP");
  });

  it("is not un-verified, nor re-verified, by restoring an old revision", async () => {
    const id = await propose(editor, "Restored Person");
    await verifyAs(editor, id, true, "Confirmed.");
    // Revision 1 was the unverified proposal: restoring it brings back the fields, not the state.
    const { version } = await restoreRevision(
      { ...editor },
      { type: "notableSignatory", id, revisionNumber: 1, expectedVersion: 2 },
    );
    expect(version).toBe(3);
    const row = await prisma.notableSignatory.findUniqueOrThrow({ where: { id } });
    expect(row.verifiedById).toBe(editor.id);
    expect(await publicNames()).toContain("Restored Person");
  });

  it("a contributor cannot restore one", async () => {
    const id = await propose(contributor, "Restore Target");
    await verifyAs(editor, id, true, "Confirmed.");
    await expect(
      restoreRevision(
        { ...contributor },
        { type: "notableSignatory", id, revisionNumber: 1, expectedVersion: 2 },
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
