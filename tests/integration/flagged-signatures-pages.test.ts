import { beforeAll, describe, expect, it } from "vitest";
import { FLAGGED_PAGE_SIZE, listFlaggedSignatures } from "@/lib/data/letter-flagged-signatures";
import { pageRange } from "@/lib/data/page-window";
import type { SignatureFlag } from "@/lib/generated/prisma/client";
import { createStaffUser, type StaffUser } from "../fixtures/staff-users";
import { createPetition, insertSignature, type TestPetition } from "../fixtures/signing";

/**
 * The flagged signatures of a letter's Signatures tab, a page at a time like every dashboard
 * list: newest first, "51–55 of 55", each reason counted over the whole letter, every flagged
 * signature on exactly one page.
 */
const FLAGGED = FLAGGED_PAGE_SIZE + 5;

let editor: StaffUser;
let petition: TestPetition;
/** The flagged signatures that count or may count, newest first. */
let newestFirst: string[];

beforeAll(async () => {
  editor = await createStaffUser("EDITOR");
  petition = await createPetition("paged-flags");
  const flagged: { id: string; minutesAgo: number }[] = [];
  for (let index = 0; index < FLAGGED; index += 1) {
    // Every fifth one has two flags; the order of creation is not the order of age.
    const minutesAgo = (index * 37) % 1000;
    const flags: SignatureFlag[] =
      index % 5 === 0 ? ["DISPOSABLE_DOMAIN", "TOO_FAST"] : ["DISPOSABLE_DOMAIN"];
    flagged.push({
      id: await insertSignature(petition, "CONFIRMED", flags, { minutesAgo }),
      minutesAgo,
    });
  }
  // Not flagged, or no longer counting: never on the list.
  await insertSignature(petition, "CONFIRMED", [], { minutesAgo: 1 });
  await insertSignature(petition, "INVALIDATED", ["DISPOSABLE_DOMAIN"], { minutesAgo: 2 });
  newestFirst = flagged.sort((a, b) => a.minutesAgo - b.minutesAgo).map((row) => row.id);
});

function idsOf(page: Awaited<ReturnType<typeof listFlaggedSignatures>>): string[] {
  const ids = page.groups.flatMap((group) => group.signatures.map((row) => row.id));
  return [...new Set(ids)];
}

describe("the flagged signatures of a letter", () => {
  it("are paged newest first, with the total, and every one on exactly one page", async () => {
    const first = await listFlaggedSignatures(editor, petition.id);
    const second = await listFlaggedSignatures(editor, petition.id, undefined, { page: 2 });

    expect(first).toMatchObject({ total: FLAGGED, page: 1, pageCount: 2 });
    expect(pageRange(second)).toEqual({ from: FLAGGED_PAGE_SIZE + 1, to: FLAGGED });
    const firstIds = idsOf(first);
    const secondIds = idsOf(second);
    expect(firstIds).toEqual(newestFirst.slice(0, FLAGGED_PAGE_SIZE));
    expect(secondIds).toEqual(newestFirst.slice(FLAGGED_PAGE_SIZE));
  });

  it("count each reason over the whole letter and show the page's signatures under each", async () => {
    const second = await listFlaggedSignatures(editor, petition.id, undefined, { page: 2 });

    expect(second.groups.map((group) => [group.reason, group.total])).toEqual([
      ["DISPOSABLE_DOMAIN", FLAGGED],
      ["TOO_FAST", FLAGGED / 5],
    ]);
    const disposable = second.groups[0]!.signatures.map((row) => row.id);
    expect(disposable).toEqual(newestFirst.slice(FLAGGED_PAGE_SIZE));
    for (const row of second.groups[1]!.signatures) expect(disposable).toContain(row.id);
  });

  it("show the last page for a page past the end (after invalidations shrank the list)", async () => {
    const past = await listFlaggedSignatures(editor, petition.id, undefined, { page: 99 });

    expect(past.page).toBe(2);
    expect(idsOf(past)).toEqual(newestFirst.slice(FLAGGED_PAGE_SIZE));
  });
});
