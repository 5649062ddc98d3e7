import type dashboardMessages from "@/lib/i18n/messages/features/dashboard.en.json";
import { can, type Actor } from "@/lib/auth/policy";
import { REFERENCE_TYPES } from "@/lib/reference-types";
import { CONTENT_SECTIONS, dashboardRoutes } from "@/lib/routes";

/**
 * The dashboard's sections, in menu order: one entry per section with its path (without the
 * locale), the label key in the "DashboardShell.nav" messages, and the `can()` check that shows
 * it. Hiding an entry is a courtesy only: every page and action checks the policy itself.
 *
 * Add a section by adding an entry here (and its label to dashboard.{en,ru}.json). The reference
 * types' entries come from their descriptors (lib/reference-types), in REFERENCE_TYPES' order.
 */
export type DashboardNavLabel = keyof (typeof dashboardMessages)["DashboardShell"]["nav"];

export interface DashboardNavItem {
  href: string;
  label: DashboardNavLabel;
  visible: (actor: Actor) => boolean;
  /** Marked current only on its own page, not on pages below it (the dashboard home). */
  exact?: boolean;
}

/**
 * Each reference type's list, labelled by its section's path segment ("tags"): a type whose
 * segment has no label in "DashboardShell.nav" does not compile.
 */
const REFERENCE_NAV_ITEMS: DashboardNavItem[] = Object.values(REFERENCE_TYPES).map(({ type }) => ({
  href: dashboardRoutes.list(type),
  label: CONTENT_SECTIONS[type],
  visible: (actor: Actor) => can(actor, "view", { type }),
}));

export const DASHBOARD_NAV_ITEMS: readonly DashboardNavItem[] = [
  {
    href: dashboardRoutes.home(),
    label: "home",
    visible: (actor) => can(actor, "view", { type: "dashboard" }),
    exact: true,
  },
  {
    href: dashboardRoutes.review(),
    label: "review",
    visible: (actor) => can(actor, "publish", { type: "prisoner", state: "IN_REVIEW" }),
  },
  {
    href: dashboardRoutes.list("prisoner"),
    label: "prisoners",
    visible: (actor) => can(actor, "view", { type: "prisoner" }),
  },
  {
    href: dashboardRoutes.list("publication"),
    label: "publications",
    visible: (actor) => can(actor, "view", { type: "publication" }),
  },
  {
    href: dashboardRoutes.list("letter"),
    label: "letters",
    visible: (actor) => can(actor, "view", { type: "letter" }),
  },
  ...REFERENCE_NAV_ITEMS,
  {
    href: dashboardRoutes.list("source"),
    label: "sources",
    visible: (actor) => can(actor, "view", { type: "source" }),
  },
  {
    href: dashboardRoutes.list("notableSignatory"),
    label: "signatories",
    visible: (actor) => can(actor, "view", { type: "notableSignatory" }),
  },
  {
    href: dashboardRoutes.media(),
    label: "media",
    visible: (actor) => can(actor, "view", { type: "media" }),
  },
  {
    href: dashboardRoutes.reports(),
    label: "reports",
    visible: (actor) => can(actor, "view", { type: "inaccuracyReport" }),
  },
  {
    href: dashboardRoutes.audit(),
    label: "audit",
    visible: (actor) => can(actor, "view", { type: "auditLog" }),
  },
  {
    href: dashboardRoutes.jobs(),
    label: "jobs",
    visible: (actor) => can(actor, "view", { type: "jobs" }),
  },
  {
    href: dashboardRoutes.users(),
    label: "users",
    visible: (actor) => can(actor, "view", { type: "user" }),
  },
  {
    href: dashboardRoutes.account(),
    label: "account",
    visible: (actor) => can(actor, "view", { type: "dashboard" }),
  },
];

/** The entries this actor may see. */
export function dashboardNavFor(actor: Actor): DashboardNavItem[] {
  return DASHBOARD_NAV_ITEMS.filter((item) => item.visible(actor));
}
