/**
 * Who may do what: one pure function, `can(actor, action, resource)`, used by every server action,
 * route handler and lib/data write next to the data, and by the dashboard to hide what a role
 * cannot do. No I/O here, so the whole matrix is tested as a table (tests/unit/policy.test.ts).
 *
 * Signed-out visitors (`null`) may do nothing listed here: public pages read published data
 * through lib/data's public DTOs and never ask this policy.
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
export type ContentState =
  "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED" | "OPEN" | "CLOSED" | "DELIVERED";

export type Resource =
  | { type: ContentType; state?: ContentState }
  | { type: "user" }
  | { type: "settings" }
  | { type: "auditLog" }
  | { type: "inaccuracyReport" }
  | { type: "media" }
  | { type: "signature" }
  | { type: "dashboard" };

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
  "import",
  "export",
  "manage",
  "assign",
  "resolve",
  "upload",
  "viewEmail",
  "invalidate",
  "exportDelivery",
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
  import: EDITORS,
  export: STAFF,
};

const RULES: Record<ResourceType, Partial<Record<Action, Rule>>> = {
  ...(Object.fromEntries(CONTENT_TYPES.map((type) => [type, CONTENT_RULES])) as Record<
    ContentType,
    Partial<Record<Action, Rule>>
  >),
  dashboard: { view: STAFF },
  // Inviting, disabling and changing roles.
  user: { view: ADMINS, manage: ADMINS },
  settings: { view: ADMINS, manage: ADMINS },
  // The issue allows editors to read the audit log; contributors never see it.
  auditLog: { view: EDITORS, export: EDITORS },
  // Exports include the reporters' contact details only for editors (lib/export).
  inaccuracyReport: { view: STAFF, assign: EDITORS, resolve: EDITORS, export: STAFF },
  media: { view: STAFF, upload: STAFF, delete: EDITORS },
  // Signers' data: names and fraud flags for editors, e-mail addresses for administrators only.
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
