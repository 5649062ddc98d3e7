/**
 * Who may do what: one pure function, `can(actor, action, resource)`, used by every server action,
 * route handler and lib/data write next to the data, and by the dashboard to hide what a role
 * cannot do. No I/O here, so the whole matrix is tested as a table (tests/unit/policy.test.ts).
 *
 * Signed-out visitors (`null`) may do nothing listed here: public pages read published data
 * through lib/data's public DTOs and never ask this policy.
 *
 * Non-public data comes in two classes (lib/auth/data-classes.ts lists the fields of each), each
 * with its own permission: `viewInternal` for internal editorial data (working notes: every staff
 * role) and `viewSensitive` for sensitive personal data (family, lawyer and consent notes,
 * reporters' contacts: editors and administrators). Signers' e-mail addresses are sensitive too,
 * under the narrower `signature.viewEmail` (administrators only). Exporting a class needs the
 * class's permission as well as `export`.
 */

export type Role = "ADMIN" | "EDITOR" | "CONTRIBUTOR";

/** The signed-in staff member, as the session and every write see them. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Editorial content with a life cycle (draft → in review → published → archived). */
export const CONTENT_TYPES = [
  "prisoner",
  "facility",
  "criminalCodeArticle",
  "publication",
  "letter",
  "notableSignatory",
  "tag",
  "country",
  "affiliation",
  "organisation",
  "source",
] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/**
 * The item's editorial state where it matters (contributors may only touch drafts). Letters use
 * their own LetterState, whose DRAFT plays the same part.
 */
export const CONTENT_STATES = [
  "DRAFT",
  "IN_REVIEW",
  "PUBLISHED",
  "ARCHIVED",
  "OPEN",
  "CLOSED",
  "DELIVERED",
] as const;
export type ContentState = (typeof CONTENT_STATES)[number];

export type Resource =
  | { type: ContentType; state?: ContentState }
  | { type: "user" }
  | { type: "settings" }
  | { type: "auditLog" }
  | { type: "inaccuracyReport" }
  | { type: "media" }
  | { type: "signature" }
  | { type: "dashboard" }
  | { type: "mailOutbox" }
  | { type: "jobs" }
  | { type: "prisonerSponsor" }
  | { type: "account" };

export type ResourceType = Resource["type"];

export const ACTIONS = [
  "view",
  "create",
  "update",
  "submitForReview",
  "returnToDraft",
  "publish",
  "archive",
  "delete",
  "viewHistory",
  "restoreRevision",
  "viewInternal",
  "viewSensitive",
  "import",
  "export",
  "manage",
  "assign",
  "resolve",
  "upload",
  "viewEmail",
  "invalidate",
  "exportDelivery",
  // Confirming that a notable signatory really signed, which makes the name public.
  "verify",
] as const;
export type Action = (typeof ACTIONS)[number];

type Rule = readonly Role[] | ((role: Role, resource: Resource) => boolean);

const STAFF: readonly Role[] = ["ADMIN", "EDITOR", "CONTRIBUTOR"];
const EDITORS: readonly Role[] = ["ADMIN", "EDITOR"];
const ADMINS: readonly Role[] = ["ADMIN"];

/** Contributors write drafts only; editors and administrators write in any state. */
const writeDraftsOrEditor: Rule = (role, resource) =>
  role !== "CONTRIBUTOR" || ("state" in resource && (resource.state ?? "DRAFT") === "DRAFT");

const CONTENT_RULES: Partial<Record<Action, Rule>> = {
  view: STAFF,
  create: STAFF,
  update: writeDraftsOrEditor,
  submitForReview: writeDraftsOrEditor,
  returnToDraft: EDITORS,
  publish: EDITORS,
  archive: EDITORS,
  delete: EDITORS,
  viewHistory: STAFF,
  restoreRevision: writeDraftsOrEditor,
  viewInternal: STAFF,
  // Only prisoners have sensitive fields today (PrisonerInternal's contacts and consent).
  viewSensitive: EDITORS,
  import: EDITORS,
  export: STAFF,
};

const RULES: Record<ResourceType, Partial<Record<Action, Rule>>> = {
  ...(Object.fromEntries(CONTENT_TYPES.map((type) => [type, CONTENT_RULES])) as Record<
    ContentType,
    Partial<Record<Action, Rule>>
  >),
  // Contributors propose notable signatories; only editors make one public by verifying it.
  notableSignatory: { ...CONTENT_RULES, verify: EDITORS },
  dashboard: { view: STAFF },
  // The outbox's state (waiting, failures, last error kind): administrators run the mail server.
  mailOutbox: { view: ADMINS },
  // The job queue's state (pending, failed, last runs; no payloads): administrators run the servers.
  jobs: { view: ADMINS },
  // One's own account: name, password, two-step verification, signing out everywhere.
  account: { manage: STAFF },
  // Inviting, disabling and changing roles.
  user: { view: ADMINS, manage: ADMINS },
  settings: { view: ADMINS, manage: ADMINS },
  // The issue allows editors to read the audit log; contributors never see it.
  auditLog: { view: EDITORS, export: EDITORS },
  // The reporter's contact is sensitive: editors only, in the inbox and in exports (lib/export).
  inaccuracyReport: {
    view: STAFF,
    viewSensitive: EDITORS,
    assign: EDITORS,
    resolve: EDITORS,
    export: STAFF,
  },
  media: { view: STAFF, upload: STAFF, delete: EDITORS },
  // A parliamentarian recorded as a prisoner's sponsor puts a name on the public profile and
  // will get the prisoner's alerts: editors and administrators only (lib/sponsors).
  prisonerSponsor: { view: STAFF, manage: EDITORS },
  // Signers' data: names and fraud flags for editors, e-mail addresses (sensitive, with a rule
  // narrower than the class's: lib/auth/data-classes.ts) for administrators only.
  signature: {
    view: EDITORS,
    viewEmail: ADMINS,
    invalidate: EDITORS,
    exportDelivery: EDITORS,
  },
};

export function can(
  actor: Pick<Actor, "role"> | null | undefined,
  action: Action,
  resource: Resource,
): boolean {
  if (!actor) return false;
  const rule = RULES[resource.type][action];
  if (!rule) return false;
  return typeof rule === "function" ? rule(actor.role, resource) : rule.includes(actor.role);
}

const STATES_TO_TRY: readonly (ContentState | undefined)[] = [undefined, ...CONTENT_STATES];

/**
 * Whether the role may do the action to some item of the type, in some state: the coarse check
 * that the action and route wrappers make before they read a form or a row (a contributor may
 * update drafts, so "update prisoner" passes for them; "publish prisoner" never does). The exact
 * check, with the item's state, is `can()` next to the data.
 */
export function mayEver(
  actor: Pick<Actor, "role"> | null | undefined,
  action: Action,
  type: ResourceType | readonly ResourceType[],
): boolean {
  const types: readonly ResourceType[] = typeof type === "string" ? [type] : type;
  return types.some((one) =>
    STATES_TO_TRY.some((state) =>
      can(actor, action, (state ? { type: one, state } : { type: one }) as Resource),
    ),
  );
}

/**
 * What an action or route handler declares it does, checked by `mayEver` before anything else.
 * Actions that work on any kind of content (moving through the workflow, restoring a revision)
 * name the list of types: the role must be able to do it to one of them.
 */
export interface Permission {
  action: Action;
  type: ResourceType | readonly ResourceType[];
}
