import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import {
  ContentInUseError,
  createContent,
  deleteContent,
  restoreRevision,
  transitionContent,
  updateContent,
} from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createStaffUser } from "../fixtures/staff-users";
import { auditRowsOf, draftPrisoner, revisionsOf } from "../fixtures/content-store";

let editor: Actor;
let contributor: Actor;

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
  contributor = await createStaffUser("CONTRIBUTOR");
});

const touch = async (
  tx: Parameters<Parameters<typeof updateContent>[1]["apply"]>[0],
  current: { id?: unknown },
) => {
  await tx.prisoner.update({ where: { id: String(current.id) }, data: { birthYear: 1980 } });
};

async function publishedPrisoner() {
  const { id } = await draftPrisoner(editor);
  const { version } = await transitionContent(editor, {
    type: "prisoner",
    id,
    expectedVersion: 1,
    to: "PUBLISHED",
  });
  return { id, version };
}

describe("content store: the policy is asked about the item's current state", () => {
  it("a contributor edits a draft and submits it for review, but cannot publish it", async () => {
    const { id } = await draftPrisoner(contributor);
    const { version } = await updateContent(contributor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      apply: touch,
    });
    const submitted = await transitionContent(contributor, {
      type: "prisoner",
      id,
      expectedVersion: version,
      to: "IN_REVIEW",
    });

    await expect(
      transitionContent(contributor, {
        type: "prisoner",
        id,
        expectedVersion: submitted.version,
        to: "PUBLISHED",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.prisoner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "IN_REVIEW",
      publishedAt: null,
    });
  });

  it("a contributor cannot update a published profile, and nothing is written", async () => {
    const { id, version } = await publishedPrisoner();
    const before = await revisionsOf(id);

    await expect(
      updateContent(contributor, { type: "prisoner", id, expectedVersion: version, apply: touch }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    expect(await revisionsOf(id)).toHaveLength(before.length);
    expect((await prisma.prisoner.findUniqueOrThrow({ where: { id } })).birthYear).toBeNull();
  });

  it("a contributor cannot delete, archive or restore a published profile", async () => {
    const { id, version } = await publishedPrisoner();

    await expect(
      deleteContent(contributor, { type: "prisoner", id, expectedVersion: version }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      transitionContent(contributor, {
        type: "prisoner",
        id,
        expectedVersion: version,
        to: "ARCHIVED",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      restoreRevision(contributor, {
        type: "prisoner",
        id,
        revisionNumber: 1,
        expectedVersion: version,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.prisoner.findUnique({ where: { id } })).not.toBeNull();
  });

  it("a contributor cannot delete even a draft", async () => {
    const { id } = await draftPrisoner(contributor);

    await expect(
      deleteContent(contributor, { type: "prisoner", id, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a contributor cannot create a profile that is already published", async () => {
    const slug = `store-it-${randomUUID()}`;
    await expect(
      createContent(contributor, {
        type: "prisoner",
        create: (tx) =>
          tx.prisoner.create({
            data: {
              slug,
              name: { en: "Sneaky" },
              sortName: "Sneaky",
              countryCode: "QS",
              status: "IMPRISONED",
              summary: { en: "x" },
              state: "PUBLISHED",
            },
            select: { id: true },
          }),
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.prisoner.findUnique({ where: { slug } })).toBeNull();
  });

  it("an editor publishes (publishedAt set once), edits, archives, brings back to draft and deletes; history outlives the row", async () => {
    const { id } = await draftPrisoner(contributor);
    let { version } = await transitionContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      to: "PUBLISHED",
    });
    const { publishedAt } = await prisma.prisoner.findUniqueOrThrow({ where: { id } });
    expect(publishedAt).not.toBeNull();
    ({ version } = await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: version,
      apply: touch,
    }));
    ({ version } = await transitionContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: version,
      to: "ARCHIVED",
    }));
    ({ version } = await transitionContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: version,
      to: "DRAFT",
    }));
    ({ version } = await transitionContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: version,
      to: "PUBLISHED",
    }));
    expect((await prisma.prisoner.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(
      publishedAt,
    );

    await deleteContent(editor, { type: "prisoner", id, expectedVersion: version });

    expect(await prisma.prisoner.findUnique({ where: { id } })).toBeNull();
    const revisions = await revisionsOf(id);
    expect(revisions.at(-1)).toMatchObject({
      number: version + 1,
      summary: "deleted",
      authorId: editor.id,
    });
    expect((await auditRowsOf(id)).map((row) => row.action)).toEqual([
      "prisoner.create",
      "prisoner.publish",
      "prisoner.update",
      "prisoner.archive",
      "prisoner.update",
      "prisoner.publish",
      "prisoner.delete",
    ]);
  });

  it("an update that tries to move the state itself is refused", async () => {
    const { id } = await draftPrisoner(contributor);
    await expect(
      updateContent(contributor, {
        type: "prisoner",
        id,
        expectedVersion: 1,
        apply: async (tx) => {
          await tx.prisoner.update({ where: { id }, data: { state: "PUBLISHED" } });
        },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await prisma.prisoner.findUniqueOrThrow({ where: { id } })).state).toBe("DRAFT");
  });

  it("writing an item that does not exist is a NotFoundError", async () => {
    await expect(
      updateContent(editor, { type: "prisoner", id: "missing", expectedVersion: 1, apply: touch }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("content store: the other content types", () => {
  it("a tag (no workflow, public at once) is updated and restored by editors only, and has no transitions", async () => {
    const slug = `store-tag-${randomUUID()}`;
    const { id, version } = await createContent(editor, {
      type: "tag",
      create: (tx) =>
        tx.tag.create({ data: { slug, name: { en: "Health at risk" } }, select: { id: true } }),
    });
    const rename = async (tx: Parameters<typeof touch>[0]) => {
      await tx.tag.update({
        where: { id },
        data: { name: { en: "Health at risk", ru: "Здоровье под угрозой" } },
      });
    };
    await expect(
      updateContent(contributor, { type: "tag", id, expectedVersion: version, apply: rename }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const updated = await updateContent(editor, {
      type: "tag",
      id,
      expectedVersion: version,
      apply: rename,
    });
    await restoreRevision(editor, {
      type: "tag",
      id,
      revisionNumber: 1,
      expectedVersion: updated.version,
    });

    expect(await prisma.tag.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 3,
      name: { en: "Health at risk" },
    });
    await expect(
      transitionContent(editor, { type: "tag", id, expectedVersion: 3, to: "PUBLISHED" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("deleting an item other content still refers to is refused with ContentInUseError, and nothing is written", async () => {
    const u = randomUUID();
    const { id } = await createContent(editor, {
      type: "facility",
      create: (tx) =>
        tx.facility.create({
          data: {
            slug: `store-fac-${u}`,
            name: { en: "IK-2" },
            kind: "PENAL_COLONY",
            countryCode: "QS",
          },
          select: { id: true },
        }),
    });
    const { id: prisonerId } = await draftPrisoner(editor);
    await prisma.detention.create({ data: { prisonerId, facilityId: id } });

    await expect(
      deleteContent(editor, { type: "facility", id, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ContentInUseError);

    expect(await prisma.facility.findUnique({ where: { id } })).not.toBeNull();
    expect(await prisma.revision.count({ where: { entityType: "Facility", entityId: id } })).toBe(
      1,
    );
  });

  it("a letter is published by leaving DRAFT, which a contributor may not do", async () => {
    const slug = `store-letter-${randomUUID()}`;
    const { id } = await createContent(contributor, {
      type: "letter",
      create: (tx) =>
        tx.letter.create({
          data: {
            slug,
            kind: "PETITION",
            title: { en: "Free them" },
            addresseeName: { en: "The President" },
          },
          select: { id: true },
        }),
    });
    await expect(
      transitionContent(contributor, { type: "letter", id, expectedVersion: 1, to: "OPEN" }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    await transitionContent(editor, { type: "letter", id, expectedVersion: 1, to: "OPEN" });

    expect(await prisma.letter.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "OPEN",
      version: 2,
    });
    expect((await prisma.letter.findUniqueOrThrow({ where: { id } })).publishedAt).not.toBeNull();
  });
});
