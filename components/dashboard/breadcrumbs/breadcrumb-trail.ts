import { dashboardRoutes } from "@/lib/routes";
import { CONTENT_SECTIONS } from "@/lib/routes";

/** The words breadcrumbs are made of, translated on the server (see breadcrumb-labels.ts). */
export interface BreadcrumbLabels {
  /** The nav's accessible name. */
  label: string;
  home: string;
  /** An item the page has not named (item-breadcrumbs.tsx names it). */
  item: string;
  /** First path segment under /dashboard → the section's name ("prisoners" → "Prisoners"). */
  sections: Record<string, string>;
  /** Later segments that are pages, not ids ("new", "cases", "delivery" …). */
  pages: Record<string, string>;
  history: string;
}

export interface Breadcrumb {
  label: string;
  /** Null for a step with no page of its own (the "History" folder). */
  href: string | null;
  /** Set on the crumb of an item: its page renders the trail with the item's name. */
  itemId?: string;
}

/**
 * The trail from the dashboard home to the page at `pathname` (without the locale), derived from
 * the address alone so that no page writes its own: the section from the first segment, an item
 * from an id segment, and a sub-page from a known segment ("Dashboard › Prisoners › <name> ›
 * Cases"). Empty on the dashboard home and outside the dashboard.
 */
export function breadcrumbTrail(pathname: string, labels: BreadcrumbLabels): Breadcrumb[] {
  const home = dashboardRoutes.home();
  if (pathname !== home && !pathname.startsWith(`${home}/`)) return [];
  const segments = pathname.slice(home.length).split("/").filter(Boolean).map(decode);
  if (segments.length === 0) return [];
  const trail: Breadcrumb[] = [{ label: labels.home, href: home }];

  if (segments[0] === "history") return [...trail, ...historyTrail(segments, labels)];

  let path = home;
  segments.forEach((segment, index) => {
    path = `${path}/${encodeURIComponent(segment)}`;
    if (index === 0) {
      trail.push({ label: labels.sections[segment] ?? segment, href: path });
    } else if (Object.hasOwn(labels.pages, segment)) {
      trail.push({ label: labels.pages[segment]!, href: path });
    } else {
      trail.push({ label: labels.item, href: path, itemId: segment });
    }
  });
  return trail;
}

/** /dashboard/history/<type>/<id>: the item's section and the item, then "History". */
function historyTrail(segments: string[], labels: BreadcrumbLabels): Breadcrumb[] {
  const [, type, id] = segments;
  const section = type ? (CONTENT_SECTIONS as Record<string, string>)[type] : undefined;
  if (!section || !id) return [{ label: labels.history, href: null }];
  const list = `${dashboardRoutes.home()}/${section}`;
  return [
    { label: labels.sections[section] ?? section, href: list },
    { label: labels.item, href: `${list}/${encodeURIComponent(id)}`, itemId: id },
    {
      label: labels.history,
      href: `${dashboardRoutes.home()}/history/${type}/${encodeURIComponent(id)}`,
    },
  ];
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape is shown as it was typed; the page itself answers 404.
    return segment;
  }
}
