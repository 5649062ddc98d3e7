/** The editor's tabs, each its own route and form, in order. */
export const PRISONER_TABS = [
  { key: "basics", segment: "" },
  { key: "names", segment: "/names" },
  { key: "status", segment: "/status" },
  { key: "cases", segment: "/cases" },
  { key: "detentions", segment: "/detentions" },
  { key: "timeline", segment: "/timeline" },
  { key: "political", segment: "/political" },
  { key: "sources", segment: "/sources" },
  { key: "internal", segment: "/internal" },
  { key: "preview", segment: "/preview" },
] as const;

export type PrisonerTab = (typeof PRISONER_TABS)[number]["key"];

/** Path of a tab without the locale. */
export function prisonerTabPath(id: string, tab: PrisonerTab): string {
  const entry = PRISONER_TABS.find((item) => item.key === tab)!;
  return `/dashboard/prisoners/${id}${entry.segment}`;
}
