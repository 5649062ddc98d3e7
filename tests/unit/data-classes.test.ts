import { describe, expect, it } from "vitest";
import {
  classPermission,
  isRedactedValue,
  mayReadClass,
  PRISONER_INTERNAL_FIELD_CLASSES,
  readablePrisonerInternalFields,
  REDACTED_VALUE,
  SENSITIVE_PRISONER_FIELDS,
} from "@/lib/auth/data-classes";
import type { Role } from "@/lib/auth/policy";
import { PRISONER_INTERNAL_FIELDS } from "@/lib/validation/prisoner-internal";
import {
  redactChanges,
  redactSnapshot,
  restorableSnapshot,
} from "@/lib/content-store/sensitive-fields";

/**
 * The data classes (public, internal, sensitive) and what a role without the sensitive class's
 * permission is shown of revisions and may restore. Pure: the integration tests
 * (sensitive-data-*.test.ts) check the same through the database.
 */

const contributor = { role: "CONTRIBUTOR" as Role };
const editor = { role: "EDITOR" as Role };

describe("data classes", () => {
  it("asks each class's own permission, and the narrower one for signers' addresses", () => {
    expect(classPermission("public", "prisoner")).toBeNull();
    expect(classPermission("internal", "prisoner")).toBe("viewInternal");
    expect(classPermission("sensitive", "prisoner")).toBe("viewSensitive");
    expect(classPermission("sensitive", "inaccuracyReport")).toBe("viewSensitive");
    expect(classPermission("sensitive", "signature")).toBe("viewEmail");
  });

  it.each([
    ["CONTRIBUTOR", ["notes"], false, false],
    ["EDITOR", ["familyContacts", "lawyerContacts", "consentNotes", "notes"], true, false],
    ["ADMIN", ["familyContacts", "lawyerContacts", "consentNotes", "notes"], true, true],
  ] as const)("%s reads %j of the Internal tab", (role, fields, reports, emails) => {
    expect(readablePrisonerInternalFields({ role })).toEqual(fields);
    expect(mayReadClass({ role }, "sensitive", "inaccuracyReport")).toBe(reports);
    expect(mayReadClass({ role }, "sensitive", "signature")).toBe(emails);
  });

  it("classes family, lawyer and consent notes as sensitive, working notes as internal", () => {
    expect(SENSITIVE_PRISONER_FIELDS).toEqual(["familyContacts", "lawyerContacts", "consentNotes"]);
    // Every field of the Internal tab's schema has a class.
    expect(Object.keys(PRISONER_INTERNAL_FIELD_CLASSES)).toEqual([...PRISONER_INTERNAL_FIELDS]);
    expect(readablePrisonerInternalFields(null)).toEqual([]);
  });
});

const internal = (family: string | null, notes: string | null) => ({
  familyContacts: family,
  lawyerContacts: null,
  consentNotes: null,
  notes,
});

describe("revisions as a contributor sees them", () => {
  it("hides a changed contact's values but keeps the change and the working notes", () => {
    const changes = [
      { path: ["internal", "familyContacts"], before: "old phone", after: "new phone" },
      { path: ["internal", "notes"], before: null, after: "lead" },
      { path: ["internal"], before: null, after: internal("first phone", "n") },
      { path: ["sortName"], before: "A", after: "B" },
    ];

    expect(redactChanges(contributor, "prisoner", changes)).toEqual([
      { path: ["internal", "familyContacts"], before: REDACTED_VALUE, after: REDACTED_VALUE },
      changes[1],
      {
        path: ["internal"],
        before: null,
        after: { ...internal(null, "n"), familyContacts: REDACTED_VALUE },
      },
      changes[3],
    ]);
    expect(redactChanges(editor, "prisoner", changes)).toBe(changes);
  });

  it("marks an emptied contact as emptied, and hides whole snapshots too", () => {
    const [change] = redactChanges(contributor, "prisoner", [
      { path: ["internal", "familyContacts"], before: "phone", after: null },
    ]);
    expect(change).toMatchObject({ before: REDACTED_VALUE, after: null });
    const snapshot = redactSnapshot(contributor, "prisoner", {
      slug: "x",
      internal: internal("phone", "n"),
    });
    expect(JSON.stringify(snapshot)).not.toContain("phone");
    expect(isRedactedValue((snapshot.internal as Record<string, unknown>).familyContacts)).toBe(
      true,
    );
    expect(isRedactedValue("hidden")).toBe(false);
  });
});

describe("what a contributor's restore writes", () => {
  it("keeps the current contacts and restores the rest", () => {
    const revision = { slug: "old", internal: internal("old phone", "old note") };
    const current = { slug: "new", internal: internal("new phone", "new note") };

    expect(restorableSnapshot(contributor, "prisoner", revision, current)).toEqual({
      slug: "old",
      internal: internal("new phone", "old note"),
    });
    expect(restorableSnapshot(editor, "prisoner", revision, current)).toBe(revision);
  });

  it("does not wipe contacts by restoring a revision from before they were written", () => {
    const restored = restorableSnapshot(
      contributor,
      "prisoner",
      { slug: "old", internal: null },
      { slug: "new", internal: internal("phone", null) },
    );
    expect(restored.internal).toMatchObject({ familyContacts: "phone" });
    // Nothing to keep: the revision stays as it was (no empty row appears).
    expect(
      restorableSnapshot(contributor, "prisoner", { internal: null }, { internal: null }),
    ).toEqual({ internal: null });
  });
});
