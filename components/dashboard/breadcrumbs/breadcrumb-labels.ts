import "server-only";
import { getTranslations } from "next-intl/server";
import type { BreadcrumbLabels } from "@/components/dashboard/breadcrumbs/breadcrumb-trail";
import { DASHBOARD_NAV_ITEMS } from "@/components/dashboard/nav-items";
import { PRISONER_TABS } from "@/components/dashboard/prisoner/prisoner-tabs";
import type { AttentionListName } from "@/lib/data/attention-lists";
import { dashboardRoutes } from "@/lib/routes";

const ATTENTION_LIST_SEGMENTS = [
  "stale-profiles",
  "releases",
  "court-dates",
  "my-drafts",
] as const satisfies readonly AttentionListName[];

/**
 * The breadcrumbs' words in the page's language, built once per request on the server and passed
 * to the client component (which reads the address): the dashboard's client message bundle stays
 * as small as it is.
 */
export async function breadcrumbLabels(): Promise<BreadcrumbLabels> {
  const [t, tShell, tPrisoner, tHome] = await Promise.all([
    getTranslations("DashboardFrame"),
    getTranslations("DashboardShell"),
    getTranslations("PrisonerEditor"),
    getTranslations("DashboardHome"),
  ]);
  const home = `${dashboardRoutes.home()}/`;
  const sections: Record<string, string> = {
    search: t("crumbs.search"),
    attention: t("crumbs.attention"),
    confirm: t("crumbs.confirm"),
  };
  for (const item of DASHBOARD_NAV_ITEMS) {
    if (item.href.startsWith(home))
      sections[item.href.slice(home.length)] = tShell(`nav.${item.label}`);
  }
  const pages: Record<string, string> = {
    new: t("crumbs.new"),
    preview: t("crumbs.preview"),
    import: t("crumbs.import"),
    "two-factor": t("crumbs.twoFactor"),
    delivery: t("crumbs.delivery"),
    signatories: t("crumbs.signatories"),
    signatures: t("crumbs.signatures"),
  };
  // The attention lists are pages of the "attention" section, not items (named here, not imported
  // from lib/data, which a component may not reach; the type keeps the names in step).
  for (const list of ATTENTION_LIST_SEGMENTS) {
    pages[list] = tHome("listTitle", {
      list: list.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
    });
  }
  for (const tab of PRISONER_TABS) {
    if (tab.tab) pages[tab.tab] = tPrisoner(`tabs.${tab.key}`);
  }
  return {
    label: t("breadcrumbLabel"),
    home: tShell("title"),
    item: t("crumbs.item"),
    history: t("crumbs.history"),
    sections,
    pages,
  };
}
