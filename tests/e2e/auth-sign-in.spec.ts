import { expect, test } from "@playwright/test";
import { currentTotpCode } from "@/lib/auth/totp";
import { expectNoAxeViolations } from "./axe";
import { createStaffUser, signInAs, signOut } from "./staff";

test.describe("staff sign-in", () => {
  test("a wrong password and an unknown address get the same answer", async ({ page }) => {
    const editor = await createStaffUser("EDITOR");
    await page.goto("/en/sign-in");
    await expectNoAxeViolations(page);

    await page.getByLabel("E-mail address").fill(editor.email);
    await page.getByLabel("Password (required)", { exact: true }).fill("not-the-right-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const wrongPassword = await page.getByRole("main").getByRole("alert").innerText();

    await page.getByLabel("E-mail address").fill("nobody-works-here@example.test");
    await page.getByLabel("Password (required)", { exact: true }).fill("not-the-right-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(wrongPassword);
    expect(wrongPassword).toContain("The e-mail address or password is not correct.");
    // The address typed is kept; the password is not.
    await expect(page.getByLabel("E-mail address")).toHaveValue("nobody-works-here@example.test");
    await expect(page.getByLabel("Password (required)", { exact: true })).toHaveValue("");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });

  test("a signed-out visitor of the dashboard signs in and comes back to the page", async ({
    page,
  }) => {
    const editor = await createStaffUser("EDITOR");
    await page.goto("/en/dashboard/account");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fdashboard%2Faccount/);
    await signInAs(page, editor, { expectPath: /\/en\/dashboard\/account$/ });
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expectNoAxeViolations(page);

    await signOut(page);
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await page.goto("/en/dashboard");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });

  test("an administrator enrols an authenticator app first, then signs in with its code", async ({
    page,
  }) => {
    const admin = await createStaffUser("ADMIN", { twoFactor: false });
    await signInAs(page, admin, { expectPath: /\/en\/dashboard\/account\/two-factor$/ });
    // No menu, and any other dashboard page sends back here.
    await expect(page.getByRole("navigation", { name: "Dashboard" })).toHaveCount(0);
    await page.goto("/en/dashboard/users");
    await expect(page).toHaveURL(/\/en\/dashboard\/account\/two-factor$/);
    await expectNoAxeViolations(page);

    const secret = (await page.getByTestId("totp-secret").innerText()).trim();
    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Turn on two-step verification" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "This code is not correct",
    );

    await page.getByLabel("Code from the app").fill(await currentTotpCode(secret));
    await page.getByRole("button", { name: "Turn on two-step verification" }).click();
    const codes = page.getByTestId("recovery-codes").getByRole("listitem");
    await expect(codes).toHaveCount(10);
    const recoveryCode = (await codes.first().innerText()).trim();
    await page.getByRole("link", { name: "Continue to the dashboard" }).click();
    await expect(page.getByRole("navigation", { name: "Dashboard" })).toBeVisible();

    // Signing in again asks for a code; a recovery code works once.
    await signOut(page);
    await signInAs(page, { ...admin, totpSecret: secret });
    await signOut(page);

    await page.getByLabel("E-mail address").fill(admin.email);
    await page.getByLabel("Password (required)", { exact: true }).fill(admin.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByLabel("Code (required)", { exact: true }).fill(recoveryCode);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page).toHaveURL(/\/en\/dashboard$/);
    await signOut(page);

    await page.getByLabel("E-mail address").fill(admin.email);
    await page.getByLabel("Password (required)", { exact: true }).fill(admin.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByLabel("Code (required)", { exact: true }).fill(recoveryCode);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "This code is not correct",
    );
  });

  test("the code step cannot be skipped by going to the dashboard", async ({ page }) => {
    const admin = await createStaffUser("ADMIN");
    await page.goto("/en/sign-in");
    await page.getByLabel("E-mail address").fill(admin.email);
    await page.getByLabel("Password (required)", { exact: true }).fill(admin.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByLabel("Code (required)", { exact: true })).toBeVisible();
    await page.goto("/en/dashboard");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });
});
