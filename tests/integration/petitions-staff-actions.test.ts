import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createLetter } from "@/lib/actions/letters/create-letter";
import { deleteLetter } from "@/lib/actions/letters/delete-letter";
import { invalidateFlaggedSignatures } from "@/lib/actions/letters/invalidate-flagged";
import { recordDelivery } from "@/lib/actions/letters/record-delivery";
import { updateLetter } from "@/lib/actions/letters/update-letter";
import { getLetterSignatureOverview } from "@/lib/data/letter-signatures";
import { getPublicLetterBySlug } from "@/lib/data/letters";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { listFlaggedSignatures } from "@/lib/data/letter-flagged-signatures";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { createPetition, insertSignature, type TestPetition } from "../fixtures/signing";
import { actionForm, createdId, runAction } from "../fixtures/server-actions";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  refresh: () => undefined,
}));

/**
 * The staff side of petitions through its server actions, as a forged request would call them:
 * bulk invalidation of flagged signatures (editors yes, contributors no), e-mail addresses per
 * role, text versions of a letter, and a recorded delivery reaching the public letter.
 */

let editor: StaffUser;
let contributor: StaffUser;
let admin: StaffUser;
let petition: TestPetition;

beforeAll(async () => {
  [editor, contributor, admin] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
    createStaffUser("ADMIN", { totpEnabledAt: new Date() }),
  ]);
  petition = await createPetition("staff");
});

afterEach(() => signOutRequest());

describe("bulk invalidation of flagged signatures", () => {
  it("lets an editor invalidate the ticked signatures with a reason, with one audit row", async () => {
    const ids = [
      await insertSignature(petition, "CONFIRMED", ["DISPOSABLE_DOMAIN"]),
      await insertSignature(petition, "PENDING", ["DISPOSABLE_DOMAIN"]),
    ];
    await signInRequestAs(editor);
    const state = await runAction(
      invalidateFlaggedSignatures,
      actionForm({ letterId: petition.id, signatureIds: ids, reason: "disposable-address" }),
    );
    expect(state).toMatchObject({ status: "success", result: { invalidated: 2, uncounted: 1 } });
    const rows = await prisma.signature.findMany({ where: { id: { in: ids } } });
    expect(rows.map((row) => [row.status, row.invalidationReason])).toEqual([
      ["INVALIDATED", "disposable-address"],
      ["INVALIDATED", "disposable-address"],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "signature.invalidate", actorId: editor.id },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toMatchObject({ reason: "disposable-address", count: 2 });
  });

  it("refuses a contributor and changes nothing", async () => {
    const id = await insertSignature(petition, "CONFIRMED", ["BURST_FROM_IP"]);
    await signInRequestAs(contributor);
    const state = await runAction(
      invalidateFlaggedSignatures,
      actionForm({ letterId: petition.id, signatureIds: [id], reason: "automated" }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
    expect((await prisma.signature.findUniqueOrThrow({ where: { id } })).status).toBe("CONFIRMED");
  });

  it("ignores signatures of another letter named in the form", async () => {
    const other = await createPetition("staff-other");
    const foreign = await insertSignature(other, "CONFIRMED", ["TOO_FAST"]);
    await signInRequestAs(editor);
    const state = await runAction(
      invalidateFlaggedSignatures,
      actionForm({ letterId: petition.id, signatureIds: [foreign], reason: "automated" }),
    );
    expect(state).toMatchObject({ status: "success", result: { invalidated: 0 } });
    expect((await prisma.signature.findUniqueOrThrow({ where: { id: foreign } })).status).toBe(
      "CONFIRMED",
    );
  });

  it("asks for at least one ticked signature and a known reason", async () => {
    await signInRequestAs(editor);
    const state = await runAction(
      invalidateFlaggedSignatures,
      actionForm({ letterId: petition.id, reason: "because" }),
    );
    expect(state.status).toBe("invalid");
    if (state.status !== "invalid") return;
    expect(state.fieldErrors.signatureIds).toBe("Tick at least one signature to invalidate.");
    expect(state.fieldErrors.reason).toBe("Choose why these signatures are removed.");
  });
});

describe("signer e-mail addresses", () => {
  it("are shown to administrators only; editors see names and flags", async () => {
    const letter = await createPetition("emails");
    await insertSignature(letter, "CONFIRMED", ["ADDRESS_PATTERN"]);
    const forAdmin = await getLetterSignatureOverview(admin, letter.id);
    const forEditor = await getLetterSignatureOverview(editor, letter.id);
    expect(forAdmin.showEmail).toBe(true);
    expect(forAdmin.recent[0]!.email).toMatch(/@mailinator\.example$/);
    expect(forEditor.showEmail).toBe(false);
    expect(forEditor.recent[0]).toMatchObject({
      name: "Flagged Signer",
      email: null,
      flags: ["ADDRESS_PATTERN"],
    });
    const flaggedForEditor = await listFlaggedSignatures(editor, letter.id);
    expect(JSON.stringify(flaggedForEditor)).not.toContain("@");
    const flaggedForAdmin = await listFlaggedSignatures(admin, letter.id);
    expect(JSON.stringify(flaggedForAdmin)).toContain("@mailinator.example");
  });

  it("are audited each time an administrator is shown some, never when they are not", async () => {
    const letter = await createPetition("emails-audit");
    await insertSignature(letter, "CONFIRMED", ["ADDRESS_PATTERN"]);
    const context = { ip: "203.0.113.9", userAgent: "vitest" };
    await getLetterSignatureOverview(editor, letter.id, context);
    await listFlaggedSignatures(editor, letter.id, context);
    const shown = { action: "signature.view_emails", entityId: letter.id };
    expect(await prisma.auditLog.count({ where: shown })).toBe(0);

    await getLetterSignatureOverview(admin, letter.id, context);
    await listFlaggedSignatures(admin, letter.id, context);
    const rows = await prisma.auditLog.findMany({
      where: shown,
      orderBy: { id: "asc" },
    });
    expect(rows.map((row) => [row.actorId, row.ip, row.details])).toEqual([
      [admin.id, "203.0.113.9", { view: "overview", count: 1 }],
      [admin.id, "203.0.113.9", { view: "flagged", count: 1 }],
    ]);
  });

  it("and signatures are not shown to contributors at all", async () => {
    await expect(getLetterSignatureOverview(contributor, petition.id)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("letter text versions", () => {
  const slug = `petitions-it-${randomBytes(4).toString("hex")}`;
  const fields = (text: string, extra: Record<string, string> = {}) =>
    actionForm({
      kind: "PETITION",
      slug,
      "title.en": "Free the journalists",
      "title.ru": "Свободу журналистам",
      "addresseeName.en": "The President",
      goal: "5000",
      deadline: "2026-12-31",
      "text.en": text,
      ...extra,
    });

  it("creates version 1 with the letter, a new version only when the text changes, and keeps signatures on theirs", async () => {
    await signInRequestAs(contributor);
    const id = await createdId(createLetter, fields("First text."));
    const created = await prisma.letter.findUniqueOrThrow({
      where: { id },
      include: { currentVersion: true },
    });
    expect(created).toMatchObject({ state: "DRAFT", goal: 5000, version: 1 });
    expect(created.deadline?.toISOString()).toBe("2026-12-31T23:59:59.999Z");
    expect(created.currentVersion).toMatchObject({ number: 1, createdById: contributor.id });
    const signed = await insertSignature(
      { id, slug, versionId: created.currentVersionId! },
      "CONFIRMED",
      [],
    );

    // Same text, other field: no new version.
    let state = await runAction(
      updateLetter,
      fields("First text.", { id, expectedVersion: "1", goal: "6000" }),
    );
    expect(state).toMatchObject({ status: "success", result: { version: 2 } });
    expect(await prisma.letterVersion.count({ where: { letterId: id } })).toBe(1);

    state = await runAction(updateLetter, fields("Second text.", { id, expectedVersion: "2" }));
    expect(state).toMatchObject({ status: "success", result: { version: 3 } });
    const updated = await prisma.letter.findUniqueOrThrow({
      where: { id },
      include: { currentVersion: true },
    });
    expect(updated.currentVersion?.number).toBe(2);
    expect(JSON.stringify(updated.currentVersion?.body)).toContain("Second text.");
    const signature1 = await prisma.signature.findUniqueOrThrow({
      where: { id: signed },
      include: { letterVersion: true },
    });
    expect(signature1.letterVersion.number).toBe(1);
    expect(JSON.stringify(signature1.letterVersion.body)).toContain("First text.");
  });

  it("refuses a contributor's edit once the letter is open", async () => {
    const letter = await createPetition("open-edit");
    const version = (await prisma.letter.findUniqueOrThrow({ where: { id: letter.id } })).version;
    await signInRequestAs(contributor);
    const state = await runAction(
      updateLetter,
      actionForm({
        id: letter.id,
        expectedVersion: String(version),
        kind: "PETITION",
        slug: letter.slug,
        "title.en": "Changed",
        "addresseeName.en": "The President",
        "text.en": "Changed text.",
      }),
    );
    expect(state).toMatchObject({ status: "error", code: "forbidden" });
  });
});

describe("recording a delivery", () => {
  it("appears on the public letter page; contributors may not record one", async () => {
    const letter = await createPetition("delivered");
    const version = (await prisma.letter.findUniqueOrThrow({ where: { id: letter.id } })).version;
    const fields = actionForm({
      letterId: letter.id,
      expectedVersion: String(version),
      deliveredOn: "2026-11-25",
      recipient: "Office of the President",
      method: "IN_PERSON",
      "response.en": "Acknowledged receipt.",
      responseReceivedOn: "2026-11-26",
    });
    await signInRequestAs(contributor);
    expect(await runAction(recordDelivery, fields)).toMatchObject({
      status: "error",
      code: "forbidden",
    });

    await signInRequestAs(editor);
    expect(await runAction(recordDelivery, fields)).toMatchObject({ status: "success" });
    const page = await getPublicLetterBySlug(letter.slug, "en");
    expect(page?.deliveries).toEqual([
      {
        deliveredOn: { iso: "2026-11-25", precision: "DAY" },
        recipient: "Office of the President",
        method: "IN_PERSON",
        note: null,
        responseReceivedOn: { iso: "2026-11-26", precision: "DAY" },
        response: { text: "Acknowledged receipt.", lang: "en", isFallback: false },
      },
    ]);
    const audit = await prisma.auditLog.findFirst({
      where: { action: "letter.record_delivery", entityId: letter.id },
    });
    expect(audit?.actorId).toBe(editor.id);
  });

  it("refuses an answer dated before the delivery", async () => {
    const letter = await createPetition("early-answer");
    await signInRequestAs(editor);
    const state = await runAction(
      recordDelivery,
      actionForm({
        letterId: letter.id,
        expectedVersion: "1",
        deliveredOn: "2026-11-25",
        recipient: "Office",
        responseReceivedOn: "2026-11-20",
      }),
    );
    expect(state.status).toBe("invalid");
    if (state.status !== "invalid") return;
    expect(state.fieldErrors.responseReceivedOn).toBe(
      "The answer cannot have come before the letter was delivered.",
    );
    expect(state.values.recipient).toBe("Office");
  });
});

describe("deleting a letter", () => {
  async function deleteAs(user: StaffUser, letter: TestPetition) {
    await signInRequestAs(user);
    const { version } = await prisma.letter.findUniqueOrThrow({
      where: { id: letter.id },
      select: { version: true },
    });
    try {
      return await runAction(
        deleteLetter,
        actionForm({ id: letter.id, expectedVersion: String(version), confirm: "on" }),
      );
    } catch (error) {
      const digest = (error as { digest?: string }).digest ?? "";
      if (!digest.startsWith("NEXT_REDIRECT")) throw error;
      return { status: "redirected" as const };
    }
  }

  it("lets an editor delete a letter nobody has signed, keeping its history", async () => {
    const unsigned = await createPetition("unsigned", "DRAFT");
    expect(await deleteAs(contributor, unsigned)).toMatchObject({ code: "forbidden" });
    expect(await prisma.letter.count({ where: { id: unsigned.id } })).toBe(1);

    expect(await deleteAs(editor, unsigned)).toEqual({ status: "redirected" });
    expect(await prisma.letter.count({ where: { id: unsigned.id } })).toBe(0);
    expect(
      await prisma.auditLog.count({ where: { action: "letter.delete", entityId: unsigned.id } }),
    ).toBe(1);
  });

  it("never deletes a signed letter, and says to close it instead", async () => {
    const signed = await createPetition("signed");
    await insertSignature(signed, "PENDING", []);
    const state = await deleteAs(editor, signed);
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: {
        confirm: "People have signed this letter, so it cannot be deleted: close it instead.",
      },
    });
    expect(await prisma.signature.count({ where: { letterId: signed.id } })).toBe(1);
    expect(await prisma.letter.count({ where: { id: signed.id } })).toBe(1);
  });
});
