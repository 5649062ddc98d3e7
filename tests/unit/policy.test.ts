import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  CONTENT_TYPES,
  can,
  mayEver,
  type Action,
  type ContentState,
  type Resource,
  type ResourceType,
  type Role,
} from "@/lib/auth/policy";

/**
 * The whole policy as a table: for every resource type, action and editorial state, which roles
 * may act. Written out by hand from the issue (not derived from lib/auth/policy.ts), so a change
 * of the policy must be made in both places on purpose. Signed-out visitors may do nothing.
 */

const ROLES: readonly Role[] = ["ADMIN", "EDITOR", "CONTRIBUTOR"];
const STAFF = "ADMIN EDITOR CONTRIBUTOR";
const EDITORS = "ADMIN EDITOR";
const ADMINS = "ADMIN";
const NOBODY = "";

/** Contributors write drafts only (a new item counts as a draft); editors write in any state. */
const DRAFTS_FOR_CONTRIBUTORS = "drafts";

type Rule = string;

const CONTENT: Record<Action, Rule> = {
  view: STAFF,
  create: STAFF,
  update: DRAFTS_FOR_CONTRIBUTORS,
  submitForReview: DRAFTS_FOR_CONTRIBUTORS,
  returnToDraft: EDITORS,
  publish: EDITORS,
  archive: EDITORS,
  delete: EDITORS,
  viewHistory: STAFF,
  restoreRevision: DRAFTS_FOR_CONTRIBUTORS,
  viewInternal: STAFF,
  // Sensitive personal data (family, lawyer, consent): editors and administrators.
  viewSensitive: EDITORS,
  import: EDITORS,
  export: STAFF,
  manage: NOBODY,
  assign: NOBODY,
  resolve: NOBODY,
  upload: NOBODY,
  viewEmail: NOBODY,
  invalidate: NOBODY,
  exportDelivery: NOBODY,
  verify: NOBODY,
};

/** Where one content type differs from the others. */
const CONTENT_EXCEPTIONS: Partial<
  Record<(typeof CONTENT_TYPES)[number], Partial<Record<Action, Rule>>>
> = {
  // Contributors propose notable signatories; an editor's verification makes one public.
  notableSignatory: { verify: EDITORS },
};

const nothing = Object.fromEntries(ACTIONS.map((action) => [action, NOBODY])) as Record<
  Action,
  Rule
>;

const OTHER: Record<Exclude<ResourceType, (typeof CONTENT_TYPES)[number]>, Record<Action, Rule>> = {
  dashboard: { ...nothing, view: STAFF },
  // The mail outbox's state on the dashboard home: administrators only.
  mailOutbox: { ...nothing, view: ADMINS },
  // The job queue's state page: administrators only.
  jobs: { ...nothing, view: ADMINS },
  // One's own account (name, password, two-step verification, sign out everywhere).
  account: { ...nothing, manage: STAFF },
  user: { ...nothing, view: ADMINS, manage: ADMINS },
  settings: { ...nothing, view: ADMINS, manage: ADMINS },
  // Contributors never see the audit log.
  auditLog: { ...nothing, view: EDITORS, export: EDITORS },
  // The reporter's contact is sensitive personal data: editors and administrators.
  inaccuracyReport: {
    ...nothing,
    view: STAFF,
    viewSensitive: EDITORS,
    assign: EDITORS,
    resolve: EDITORS,
    export: STAFF,
  },
  media: { ...nothing, view: STAFF, upload: STAFF, delete: EDITORS },
  // A sponsor's name goes on the public profile: only editors record one (lib/sponsors).
  prisonerSponsor: { ...nothing, view: STAFF, manage: EDITORS },
  // Signers' e-mail addresses: administrators only (narrower than the sensitive class's rule).
  signature: {
    ...nothing,
    view: EDITORS,
    viewEmail: ADMINS,
    invalidate: EDITORS,
    exportDelivery: EDITORS,
  },
};

/** The states a content item is asked about in: none known, a new item, and every state. */
const STATES: readonly { label: string; state: ContentState | "none" | "new" }[] = [
  { label: "without a state", state: "none" },
  { label: "new (state undefined)", state: "new" },
  ...(["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED", "OPEN", "CLOSED", "DELIVERED"] as const).map(
    (state) => ({ label: state, state }),
  ),
];

function contentResource(
  type: (typeof CONTENT_TYPES)[number],
  state: (typeof STATES)[number]["state"],
): Resource {
  if (state === "none") return { type };
  if (state === "new") return { type, state: undefined };
  return { type, state };
}

function expectedRoles(rule: Rule, state: (typeof STATES)[number]["state"]): Role[] {
  if (rule === DRAFTS_FOR_CONTRIBUTORS) {
    return state === "DRAFT" || state === "new" ? [...ROLES] : ["ADMIN", "EDITOR"];
  }
  return rule.split(" ").filter(Boolean) as Role[];
}

function allowedRoles(action: Action, resource: Resource): Role[] {
  return ROLES.filter((role) => can({ role }, action, resource));
}

describe("content: who may do what, in every state", () => {
  for (const type of CONTENT_TYPES) {
    for (const action of ACTIONS) {
      it(`${type} · ${action}`, () => {
        for (const { label, state } of STATES) {
          const resource = contentResource(type, state);
          expect(allowedRoles(action, resource), `${type} ${label}`).toEqual(
            expectedRoles(CONTENT_EXCEPTIONS[type]?.[action] ?? CONTENT[action], state),
          );
          expect(can(null, action, resource), `signed out, ${type} ${label}`).toBe(false);
        }
      });
    }
  }
});

describe("users, settings, audit log, reports, media, signatures, dashboard", () => {
  for (const [type, rules] of Object.entries(OTHER) as [
    keyof typeof OTHER,
    Record<Action, Rule>,
  ][]) {
    for (const action of ACTIONS) {
      it(`${type} · ${action}: ${rules[action] || "nobody"}`, () => {
        const resource = { type } as Resource;
        expect(allowedRoles(action, resource)).toEqual(expectedRoles(rules[action], "none"));
        expect(can(null, action, resource)).toBe(false);
        expect(can(undefined, action, resource)).toBe(false);
      });
    }
  }
});

describe("the rules people ask about", () => {
  it("a contributor cannot publish, delete or read the audit log", () => {
    const contributor = { role: "CONTRIBUTOR" as const };
    expect(can(contributor, "publish", { type: "prisoner", state: "IN_REVIEW" })).toBe(false);
    expect(can(contributor, "delete", { type: "prisoner", state: "DRAFT" })).toBe(false);
    expect(can(contributor, "view", { type: "auditLog" })).toBe(false);
  });

  it("a contributor edits a draft but not a submitted or published profile", () => {
    const contributor = { role: "CONTRIBUTOR" as const };
    expect(can(contributor, "update", { type: "prisoner", state: "DRAFT" })).toBe(true);
    expect(can(contributor, "update", { type: "prisoner", state: "IN_REVIEW" })).toBe(false);
    expect(can(contributor, "update", { type: "prisoner", state: "PUBLISHED" })).toBe(false);
  });

  it("a contributor proposes a notable signatory but only an editor verifies it", () => {
    const contributor = { role: "CONTRIBUTOR" as const };
    expect(can(contributor, "create", { type: "notableSignatory" })).toBe(true);
    expect(can(contributor, "verify", { type: "notableSignatory" })).toBe(false);
    expect(can({ role: "EDITOR" }, "verify", { type: "notableSignatory" })).toBe(true);
    expect(can({ role: "EDITOR" }, "verify", { type: "letter" })).toBe(false);
  });

  it("only administrators manage users", () => {
    expect(can({ role: "ADMIN" }, "manage", { type: "user" })).toBe(true);
    expect(can({ role: "EDITOR" }, "manage", { type: "user" })).toBe(false);
  });

  it("a contributor reads working notes but no sensitive personal data", () => {
    const contributor = { role: "CONTRIBUTOR" as const };
    expect(can(contributor, "viewInternal", { type: "prisoner", state: "DRAFT" })).toBe(true);
    expect(can(contributor, "viewSensitive", { type: "prisoner", state: "DRAFT" })).toBe(false);
    expect(can(contributor, "viewSensitive", { type: "inaccuracyReport" })).toBe(false);
    expect(can({ role: "EDITOR" }, "viewSensitive", { type: "prisoner" })).toBe(true);
    // Signers' addresses keep their narrower rule: not even editors.
    expect(can({ role: "EDITOR" }, "viewEmail", { type: "signature" })).toBe(false);
  });

  it("a signed-out visitor may not even view the dashboard", () => {
    expect(can(null, "view", { type: "dashboard" })).toBe(false);
  });
});

describe("mayEver: the coarse check the action and route wrappers make first", () => {
  it("lets a contributor through to update content (drafts) but never to publish it", () => {
    expect(mayEver({ role: "CONTRIBUTOR" }, "update", "prisoner")).toBe(true);
    expect(mayEver({ role: "CONTRIBUTOR" }, "publish", "prisoner")).toBe(false);
    expect(mayEver({ role: "EDITOR" }, "publish", "prisoner")).toBe(true);
  });

  it("answers for a list of types when any of them allows it", () => {
    expect(mayEver({ role: "CONTRIBUTOR" }, "submitForReview", CONTENT_TYPES)).toBe(true);
    expect(mayEver({ role: "CONTRIBUTOR" }, "manage", ["user", "settings"])).toBe(false);
    expect(mayEver({ role: "ADMIN" }, "manage", ["user", "settings"])).toBe(true);
  });

  it("refuses the signed-out", () => {
    expect(mayEver(null, "view", "dashboard")).toBe(false);
  });
});
