import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { deleteContent, transitionContent, updateContent } from "@/lib/content-store";
import { compareRevisions, getContentHistory } from "@/lib/data/revisions";
import { listReviewQueue } from "@/lib/data/review-queue";
import { createStaffUser } from "../fixtures/staff-users";
import { draftPrisoner } from "../fixtures/content-store";

let editor: Actor;
let contributor: Actor;

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
  contributor = await createStaffUser("CONTRIBUTOR");
});

describe("history, comparison and review queue reads", () => {
  it("the review queue lists a submitted profile with its author and who submitted it", async () => {
    const { id } = await draftPrisoner(contributor, "Queue Person");
    await transitionContent(contributor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      to: "IN_REVIEW",
    });

    const queue = await listReviewQueue(editor, {}, 50);

    expect(queue.items.find((item) => item.id === id)).toMatchObject({
      type: "prisoner",
      version: 2,
      title: { en: "Queue Person" },
      authorName: contributor.name,
      submittedBy: contributor.name,
    });
  });

  it("the history lists revisions newest first; a contributor may restore only while it is a draft", async () => {
    const { id } = await draftPrisoner(contributor);
    await updateContent(contributor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      apply: async (tx) => {
        await tx.prisoner.update({ where: { id }, data: { birthYear: 1966 } });
      },
      summary: "year of birth from the verdict",
    });

    const draft = await getContentHistory(contributor, "prisoner", id, "ru");
    expect(draft).toMatchObject({
      label: "Иван Петров",
      current: { version: 2, state: "DRAFT" },
      canRestore: true,
    });
    expect(draft!.revisions.map((r) => [r.number, r.summary, r.authorName])).toEqual([
      [2, "year of birth from the verdict", contributor.name],
      [1, "created", contributor.name],
    ]);

    await transitionContent(editor, { type: "prisoner", id, expectedVersion: 2, to: "PUBLISHED" });
    expect((await getContentHistory(contributor, "prisoner", id, "en"))!.canRestore).toBe(false);
    expect((await getContentHistory(editor, "prisoner", id, "en"))!.canRestore).toBe(true);

    const comparison = await compareRevisions(editor, "prisoner", id, 1, 3);
    expect(comparison!.changes.map((c) => c.path.join("."))).toEqual(
      expect.arrayContaining(["birthYear", "state", "publishedAt"]),
    );
    expect(await compareRevisions(editor, "prisoner", id, 1, 99)).toBeNull();
  });

  it("a deleted item keeps its history, without restore", async () => {
    const { id } = await draftPrisoner(editor, "Gone Person");
    await deleteContent(editor, { type: "prisoner", id, expectedVersion: 1 });

    const history = await getContentHistory(editor, "prisoner", id, "en");

    expect(history).toMatchObject({ label: "Gone Person", current: null, canRestore: false });
    expect(history!.revisions.map((r) => r.summary)).toEqual(["deleted", "created"]);
    expect(await getContentHistory(editor, "prisoner", "never-existed", "en")).toBeNull();
  });
});
