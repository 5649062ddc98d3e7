import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { storedStaffUser } from "./staff";

/** The `admin` project starts signed in (auth-staff.setup.ts): the users page is theirs. */
test("an administrator sees the staff list with themselves in it", async ({ page }) => {
  const admin = await storedStaffUser("ADMIN");
  await page.goto("/en/dashboard/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(
    page.getByRole("rowheader", { name: new RegExp(`${admin.name} \\(you\\)`) }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Audit log" })).toBeVisible();
  await expectNoAxeViolations(page);
});
