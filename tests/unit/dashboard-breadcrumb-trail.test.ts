import { describe, expect, it } from "vitest";
import {
  breadcrumbTrail,
  type BreadcrumbLabels,
} from "@/components/dashboard/breadcrumbs/breadcrumb-trail";

const labels: BreadcrumbLabels = {
  label: "Breadcrumb",
  home: "Dashboard",
  item: "Item",
  history: "History",
  sections: { prisoners: "Prisoners", letters: "Letters", account: "Your account" },
  pages: { cases: "Cases & charges", new: "New", signatures: "Signatures", "two-factor": "2FA" },
};

const crumbs = (path: string) =>
  breadcrumbTrail(path, labels).map(({ label, href, itemId }) => ({ label, href, itemId }));

describe("dashboard breadcrumbs", () => {
  it("the dashboard home and public pages have no trail", () => {
    expect(breadcrumbTrail("/dashboard", labels)).toEqual([]);
    expect(breadcrumbTrail("/prisoners/x", labels)).toEqual([]);
    expect(breadcrumbTrail("/dashboardx", labels)).toEqual([]);
  });

  it("a prisoner's tab reads Dashboard › Prisoners › <item> › Cases", () => {
    expect(crumbs("/dashboard/prisoners/abc123/cases")).toEqual([
      { label: "Dashboard", href: "/dashboard", itemId: undefined },
      { label: "Prisoners", href: "/dashboard/prisoners", itemId: undefined },
      { label: "Item", href: "/dashboard/prisoners/abc123", itemId: "abc123" },
      { label: "Cases & charges", href: "/dashboard/prisoners/abc123/cases", itemId: undefined },
    ]);
  });

  it("known sub-pages are not taken for items", () => {
    expect(crumbs("/dashboard/letters/new").map((crumb) => crumb.label)).toEqual([
      "Dashboard",
      "Letters",
      "New",
    ]);
    expect(crumbs("/dashboard/account/two-factor").at(-1)).toMatchObject({ label: "2FA" });
  });

  it("an item's history sits under the item in its section", () => {
    expect(crumbs("/dashboard/history/letter/l1")).toEqual([
      { label: "Dashboard", href: "/dashboard", itemId: undefined },
      { label: "Letters", href: "/dashboard/letters", itemId: undefined },
      { label: "Item", href: "/dashboard/letters/l1", itemId: "l1" },
      { label: "History", href: "/dashboard/history/letter/l1", itemId: undefined },
    ]);
  });

  it("ids are encoded in links and decoded once, malformed escapes kept as typed", () => {
    expect(crumbs("/dashboard/prisoners/a%20b").at(-1)).toMatchObject({
      href: "/dashboard/prisoners/a%20b",
      itemId: "a b",
    });
    expect(crumbs("/dashboard/prisoners/%E0%A4%A").at(-1)).toMatchObject({ itemId: "%E0%A4%A" });
  });
});
