import "server-only";
import { breadcrumbLabels } from "@/components/dashboard/breadcrumbs/breadcrumb-labels";
import { DashboardBreadcrumbs } from "@/components/dashboard/breadcrumbs/dashboard-breadcrumbs";

/**
 * The breadcrumbs of an item's page, rendered by the page itself (its header or editor frame)
 * because only the page knows the item's name: "Dashboard › Prisoners › Aigerim Tleuzhan ›
 * Cases" is in the server's HTML, with or without JavaScript. The shell renders the crumbs of
 * every other page and leaves those with an item to this (dashboard-breadcrumbs.tsx).
 */
export async function ItemBreadcrumbs({ title }: { title: string }) {
  return <DashboardBreadcrumbs labels={await breadcrumbLabels()} itemTitle={title} />;
}
