import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import {
  diffSnapshots,
  restoreRevision,
  updateContent,
  type FieldChange,
  type Snapshot,
} from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { createStaffUser } from "../fixtures/staff-users";
import { auditRowsOf, draftPrisoner, revisionsOf } from "../fixtures/content-store";

let editor: Actor;
let otherEditor: Actor;

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
  otherEditor = await createStaffUser("EDITOR");
});

function renameTo(en: string) {
  return async (
    tx: Parameters<Parameters<typeof updateContent>[1]["apply"]>[0],
    current: Snapshot,
  ) => {
    await tx.prisoner.update({
      where: { id: String(current.id) },
      data: { name: { ...(current.name as object), en } },
    });
  };
}

describe("content store: every update writes a revision in the same transaction", () => {
  it("an update bumps the version and writes a revision with the new snapshot and an audit row naming the changed fields", async () => {
    const { id, version } = await draftPrisoner(editor);
    const result = await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: version,
      apply: renameTo("Ivan Petrovsky"),
      summary: "spelling",
      context: { ip: "203.0.113.7", userAgent: "vitest" },
    });

    expect(result.version).toBe(2);
    const revisions = await revisionsOf(id);
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(revisions[1]).toMatchObject({ authorId: editor.id, summary: "spelling" });
    expect((revisions[1]!.snapshot as Snapshot).name).toEqual({
      en: "Ivan Petrovsky",
      ru: "Иван Петров",
    });
    const audit = await auditRowsOf(id);
    expect(audit.map((row) => row.action)).toEqual(["prisoner.create", "prisoner.update"]);
    expect(audit[1]).toMatchObject({ actorId: editor.id, ip: "203.0.113.7", userAgent: "vitest" });
    expect(audit[1]!.details).toMatchObject({ changed: ["name.en"], version: 2 });
    const row = await prisma.prisoner.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ version: 2, updatedById: editor.id });
  });

  it("an apply that fails leaves no revision, no audit row and no change", async () => {
    const { id, version } = await draftPrisoner(editor);
    await expect(
      updateContent(editor, {
        type: "prisoner",
        id,
        expectedVersion: version,
        apply: async (tx, current) => {
          await renameTo("Half-saved")(tx, current);
          throw new Error("the second half of the save failed");
        },
      }),
    ).rejects.toThrow("the second half of the save failed");

    expect((await revisionsOf(id)).map((r) => r.number)).toEqual([1]);
    expect((await auditRowsOf(id)).map((r) => r.action)).toEqual(["prisoner.create"]);
    const row = await prisma.prisoner.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ version: 1, name: { en: "Ivan Petrov", ru: "Иван Петров" } });
  });
});

describe("content store: conflicts", () => {
  it("a second save based on the same version is refused with what the first one changed, and nothing is overwritten", async () => {
    const { id, version } = await draftPrisoner(editor);
    await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: version,
      apply: renameTo("First Save"),
    });

    const second = updateContent(otherEditor, {
      type: "prisoner",
      id,
      expectedVersion: version,
      apply: renameTo("Second Save"),
    });

    const error = await second.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError<FieldChange>;
    expect(conflict).toMatchObject({
      expectedVersion: 1,
      currentVersion: 2,
      changedBy: editor.name,
    });
    // When the other save happened, for the conflict panel's heading.
    expect(conflict.changedAt).toBeInstanceOf(Date);
    expect(conflict.changes).toEqual([
      { path: ["name", "en"], before: "Ivan Petrov", after: "First Save" },
    ]);
    const row = await prisma.prisoner.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ version: 2, name: { en: "First Save" } });
    expect((await revisionsOf(id)).map((r) => r.number)).toEqual([1, 2]);
  });

  it("of two concurrent saves on the same version exactly one wins", async () => {
    const { id, version } = await draftPrisoner(editor);
    const results = await Promise.allSettled(
      ["Concurrent A", "Concurrent B", "Concurrent C"].map((name, index) =>
        updateContent(index % 2 ? otherEditor : editor, {
          type: "prisoner",
          id,
          expectedVersion: version,
          apply: renameTo(name),
        }),
      ),
    );

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.every((r) => r.reason instanceof ConflictError)).toBe(true);
    const row = await prisma.prisoner.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(2);
    expect((await revisionsOf(id)).map((r) => r.number)).toEqual([1, 2]);
  });
});

describe("content store: history and restore", () => {
  it("the diff between two revisions names each changed field, and restoring an old one adds a revision equal to its snapshot", async () => {
    const { id } = await draftPrisoner(editor);
    await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      apply: async (tx, current) => {
        await renameTo("Renamed")(tx, current);
        await tx.nameVariant.create({
          data: { prisonerId: id, value: "Ivan Petrow", script: "LATIN", kind: "TRANSLITERATION" },
        });
        await tx.prisonerInternal.create({
          data: { prisonerId: id, familyContacts: "Wife: +7 700 000 0000" },
        });
      },
    });
    const [first, second] = await revisionsOf(id);
    const changes = diffSnapshots(first!.snapshot as Snapshot, second!.snapshot as Snapshot);
    expect(changes.map((c) => c.path.slice(0, 2).join("."))).toEqual(
      expect.arrayContaining([
        "name.en",
        "nameVariants." + String(changes.find((c) => c.label === "Ivan Petrow")?.path[1]),
        "internal",
      ]),
    );
    expect(changes.find((c) => c.label === "Ivan Petrow")).toMatchObject({ before: undefined });

    const restored = await restoreRevision(editor, {
      type: "prisoner",
      id,
      revisionNumber: 1,
      expectedVersion: 2,
    });

    expect(restored.version).toBe(3);
    const revisions = await revisionsOf(id);
    expect(revisions.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(revisions[2]!.snapshot).toEqual(revisions[0]!.snapshot);
    expect(await prisma.prisonerInternal.findUnique({ where: { prisonerId: id } })).toBeNull();
    expect(await prisma.nameVariant.count({ where: { prisonerId: id } })).toBe(1);
    const audit = await auditRowsOf(id);
    expect(audit.at(-1)).toMatchObject({ action: "prisoner.restore" });
    // The audit row names the fields, never the family's contacts.
    expect(JSON.stringify(audit.at(-1)!.details)).not.toContain("+7 700");
  });
});
