import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const pages = [
  "",
  "/prisoners",
  "/prisoners/mukhtar-dzhakishev",
  "/prisoners/daria-el-zhed",
  "/letters",
  "/news",
  "/reports",
  "/about",
  "/privacy",
  "/no-such-page",
];

const detailPages = [
  "/letters/eight-meps-to-president-nazarbayev-2018",
  "/letters/demo-petition-free-kazakhstans-political-prisoners",
  "/reports/collective-complaint-129-citizens-of-kazakhstan",
  "/news/mukhtar-dzhakishev-released-on-parole",
];

for (const locale of ["en", "ru"]) {
  for (const path of pages) {
    test(`${locale}${path || " home"} has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

      await expectNoAxeViolations(page);
    });
  }

  test(`${locale}: a letter and a publication have no WCAG 2.2 AA violations`, async ({ page }) => {
    for (const path of detailPages) {
      await page.goto(`/${locale}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

      await expectNoAxeViolations(page);
    }
  });
}
