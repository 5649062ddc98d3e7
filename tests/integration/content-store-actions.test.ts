import { beforeAll, describe, expect, it, vi } from "vitest";
import { restoreRevisionAction } from "@/lib/actions/content/restore-revision";
import { transitionContentAction } from "@/lib/actions/content/transition-content";
import { initialFormState } from "@/lib/actions/staff-action";
import { updateContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { createEditorAndContributor, refresh } from "../fixtures/staff-action-test";
import type { StaffUser } from "../fixtures/staff-users";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { draftPrisoner } from "../fixtures/content-store";
import { formOf } from "../fixtures/server-actions";

/**
 * The workflow panel's and the history page's server actions, called directly as a forged
 * request would: real session cookie, wrapper, policy, content store and database.
 */
vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);
vi.mock("next/cache", async (importOriginal) =>
  (await import("../fixtures/staff-action-test")).nextCacheModule(await importOriginal()),
);

let editor: StaffUser;
let contributor: StaffUser;

beforeAll(async () => {
  ({ editor, contributor } = await createEditorAndContributor());
});

describe("workflow and restore actions", () => {
  it("a forged publish request from a contributor is refused and the profile stays in review", async () => {
    const { id } = await draftPrisoner(contributor);
    await signInRequestAs(contributor);
    const submitted = await transitionContentAction(
      initialFormState,
      formOf({
        type: "prisoner",
        id,
        expectedVersion: 1,
        to: "IN_REVIEW",
        note: "Please check the dates.",
      }),
    );
    expect(submitted).toMatchObject({
      status: "success",
      result: { version: 2, state: "IN_REVIEW" },
    });

    const publish = await transitionContentAction(
      initialFormState,
      formOf({ type: "prisoner", id, expectedVersion: 2, to: "PUBLISHED" }),
    );

    expect(publish).toMatchObject({ status: "error", code: "forbidden" });
    expect(await prisma.prisoner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "IN_REVIEW",
      version: 2,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: id, action: "prisoner.submitForReview" },
    });
    expect(audit).toMatchObject({
      actorId: contributor.id,
      ip: "203.0.113.10",
      userAgent: "vitest",
    });
  });

  it("an editor publishes from a stale page and gets a conflict naming the other change", async () => {
    const { id } = await draftPrisoner(editor);
    await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      apply: async (tx) => {
        await tx.prisoner.update({ where: { id }, data: { birthYear: 1975 } });
      },
    });
    await signInRequestAs(editor);

    const stale = await transitionContentAction(
      initialFormState,
      formOf({ type: "prisoner", id, expectedVersion: 1, to: "PUBLISHED" }),
    );

    expect(stale).toMatchObject({
      status: "error",
      code: "conflict",
      conflict: {
        currentVersion: 2,
        changes: [{ path: ["birthYear"], before: null, after: 1975 }],
      },
    });
    expect((await prisma.prisoner.findUniqueOrThrow({ where: { id } })).state).toBe("DRAFT");
  });

  it("restoring a revision through the action adds a revision; signed out, nothing happens", async () => {
    const { id } = await draftPrisoner(editor);
    await updateContent(editor, {
      type: "prisoner",
      id,
      expectedVersion: 1,
      apply: async (tx) => {
        await tx.prisoner.update({ where: { id }, data: { sortName: "Changed" } });
      },
    });
    signOutRequest();
    const signedOut = await restoreRevisionAction(
      initialFormState,
      formOf({ type: "prisoner", id, revisionNumber: 1, expectedVersion: 2 }),
    );
    expect(signedOut).toMatchObject({ status: "error", code: "signed-out" });

    await signInRequestAs(editor);
    const restored = await restoreRevisionAction(
      initialFormState,
      formOf({ type: "prisoner", id, revisionNumber: 1, expectedVersion: 2 }),
    );

    expect(restored).toMatchObject({ status: "success", result: { version: 3, restored: 1 } });
    expect((await prisma.prisoner.findUniqueOrThrow({ where: { id } })).sortName).toBe(
      "Ivan Petrov",
    );
    expect(refresh).toHaveBeenCalled();
  });
});
