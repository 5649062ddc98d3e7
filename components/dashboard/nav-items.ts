import type dashboardMessages from "@/lib/i18n/messages/features/dashboard.en.json";
import { can, type Actor } from "@/lib/auth/policy";

/**
 * The dashboard's sections, in menu order: one entry per section with its path (without the
 * locale), the label key in the "DashboardShell.nav" messages, and the `can()` check that shows
 * it. Hiding an entry is a courtesy only: every page and action checks the policy itself.
 *
 * Add a section by adding an entry here (and its label to dashboard.{en,ru}.json).
 */
export type DashboardNavLabel = keyof (typeof dashboardMessages)["DashboardShell"]["nav"];

export interface DashboardNavItem {
  href: string;
  label: DashboardNavLabel;
  visible: (actor: Actor) => boolean;
  /** Marked current only on its own page, not on pages below it (the dashboard home). */
  exact?: boolean;
}

export const DASHBOARD_NAV_ITEMS: readonly DashboardNavItem[] = [
  {
    href: "/dashboard",
    label: "home",
    visible: (actor) => can(actor, "view", { type: "dashboard" }),
    exact: true,
  },
  {
    href: "/dashboard/review",
    label: "review",
    visible: (actor) => can(actor, "publish", { type: "prisoner", state: "IN_REVIEW" }),
  },
  {
    href: "/dashboard/prisoners",
    label: "prisoners",
    visible: (actor) => can(actor, "view", { type: "prisoner" }),
  },
  {
    href: "/dashboard/publications",
    label: "publications",
    visible: (actor) => can(actor, "view", { type: "publication" }),
  },
  {
    href: "/dashboard/letters",
    label: "letters",
    visible: (actor) => can(actor, "view", { type: "letter" }),
  },
  {
    href: "/dashboard/facilities",
    label: "facilities",
    visible: (actor) => can(actor, "view", { type: "facility" }),
  },
  {
    href: "/dashboard/articles",
    label: "articles",
    visible: (actor) => can(actor, "view", { type: "criminalCodeArticle" }),
  },
  {
    href: "/dashboard/tags",
    label: "tags",
    visible: (actor) => can(actor, "view", { type: "tag" }),
  },
  {
    href: "/dashboard/countries",
    label: "countries",
    visible: (actor) => can(actor, "view", { type: "country" }),
  },
  {
    href: "/dashboard/affiliations",
    label: "affiliations",
    visible: (actor) => can(actor, "view", { type: "affiliation" }),
  },
  {
    href: "/dashboard/organisations",
    label: "organisations",
    visible: (actor) => can(actor, "view", { type: "organisation" }),
  },
  {
    href: "/dashboard/sources",
    label: "sources",
    visible: (actor) => can(actor, "view", { type: "source" }),
  },
  {
    href: "/dashboard/signatories",
    label: "signatories",
    visible: (actor) => can(actor, "view", { type: "notableSignatory" }),
  },
  {
    href: "/dashboard/media",
    label: "media",
    visible: (actor) => can(actor, "view", { type: "media" }),
  },
  {
    href: "/dashboard/reports",
    label: "reports",
    visible: (actor) => can(actor, "view", { type: "inaccuracyReport" }),
  },
  {
    href: "/dashboard/audit",
    label: "audit",
    visible: (actor) => can(actor, "view", { type: "auditLog" }),
  },
  {
    href: "/dashboard/users",
    label: "users",
    visible: (actor) => can(actor, "view", { type: "user" }),
  },
  {
    href: "/dashboard/account",
    label: "account",
    visible: (actor) => can(actor, "view", { type: "dashboard" }),
  },
];

/** The entries this actor may see. */
export function dashboardNavFor(actor: Actor): DashboardNavItem[] {
  return DASHBOARD_NAV_ITEMS.filter((item) => item.visible(actor));
}
