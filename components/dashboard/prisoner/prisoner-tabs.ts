import type { PrisonerEditorTab } from "@/lib/routes";

/**
 * The editor's tabs, each its own route and form, in order: `key` names its label
 * (PrisonerEditor.tabs), `tab` its address (dashboardRoutes.prisonerTab).
 */
export const PRISONER_TABS = [
  { key: "basics", tab: "" },
  { key: "names", tab: "names" },
  { key: "status", tab: "status" },
  { key: "cases", tab: "cases" },
  { key: "detentions", tab: "detentions" },
  { key: "timeline", tab: "timeline" },
  { key: "political", tab: "political" },
  { key: "sources", tab: "sources" },
  { key: "internal", tab: "internal" },
  { key: "preview", tab: "preview" },
] as const satisfies readonly { key: string; tab: PrisonerEditorTab }[];

export type PrisonerTab = (typeof PRISONER_TABS)[number]["key"];
