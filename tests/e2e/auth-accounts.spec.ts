import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { waitForMail } from "./mailbox";
import { createStaffUser, signInAs } from "./staff";

test.describe("staff accounts", () => {
  test("an invited contributor sets a password and signs in", async ({ page, browser }) => {
    const admin = await createStaffUser("ADMIN");
    await signInAs(page, admin);
    await page.goto("/en/dashboard/users");
    await expectNoAxeViolations(page);

    const email = `e2e-invitee-${randomUUID().slice(0, 8)}@example.test`;
    const sentAfter = new Date();
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Role (required)", { exact: true }).selectOption("CONTRIBUTOR");
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByText("The invitation has been sent.")).toBeVisible();
    await expect(page.getByRole("rowheader", { name: email })).toBeVisible();

    const mail = await waitForMail({ to: email, kind: "auth.invitation", after: sentAfter });
    const link = mail.links.find((href) => href.includes("/invitation/"));
    expect(link).toBeTruthy();

    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(link!);
    await expect(invitee.getByText(`as Contributor with the address ${email}`)).toBeVisible();
    await expectNoAxeViolations(invitee);
    await invitee.getByLabel("Your name").fill("Invited Person");
    await invitee.getByLabel("Password (required)", { exact: true }).fill("short");
    await invitee.getByLabel("Password again (required)").fill("short");
    await invitee.getByRole("button", { name: "Create my account" }).click();
    await expect(invitee.getByText("Choose a password of at least 12 characters.")).toBeVisible();
    await expect(invitee.getByLabel("Your name")).toHaveValue("Invited Person");

    const password = "correct horse battery staple";
    await invitee.getByLabel("Password (required)", { exact: true }).fill(password);
    await invitee.getByLabel("Password again (required)").fill(password);
    await invitee.getByRole("button", { name: "Create my account" }).click();
    await expect(invitee.getByText("Your account is ready.")).toBeVisible();

    await invitee.getByRole("link", { name: "Go to sign-in" }).click();
    await signInAs(invitee, { email, password, totpSecret: null });
    await expect(invitee.getByRole("link", { name: "Invited Person, your account" })).toBeVisible();
    await expect(invitee.getByText("Contributor", { exact: true })).toBeVisible();
    // Contributors see no users page in the menu.
    await expect(invitee.getByRole("link", { name: "Users" })).toHaveCount(0);

    // The link works once.
    await invitee.goto(link!);
    await expect(invitee.getByText("This invitation has already been used.")).toBeVisible();
    await invitee.context().close();
  });

  test("an administrator disables a user, who is signed out on their next request", async ({
    page,
    browser,
  }) => {
    const admin = await createStaffUser("ADMIN");
    const contributor = await createStaffUser("CONTRIBUTOR");
    const contributorPage = await (await browser.newContext()).newPage();
    await signInAs(contributorPage, contributor);

    await signInAs(page, admin);
    await page.goto("/en/dashboard/users");
    await page.getByRole("button", { name: `Disable ${contributor.name}` }).click();
    await expect(page.getByText("The account has been disabled and signed out.")).toBeVisible();

    await contributorPage.reload();
    await expect(contributorPage).toHaveURL(/\/en\/sign-in/);
    // And cannot sign in again: the same answer as a wrong password.
    await contributorPage.getByLabel("E-mail address").fill(contributor.email);
    await contributorPage
      .getByLabel("Password (required)", { exact: true })
      .fill(contributor.password);
    await contributorPage.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(contributorPage.getByRole("main").getByRole("alert")).toHaveText(
      "The e-mail address or password is not correct.",
    );
    await contributorPage.context().close();
  });

  test("a password is reset through the e-mailed link", async ({ page }) => {
    const editor = await createStaffUser("EDITOR");
    await page.goto("/en/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expectNoAxeViolations(page);

    const sentAfter = new Date();
    await page.getByLabel("E-mail address").fill(editor.email);
    await page.getByRole("button", { name: "Send the link" }).click();
    const answer = page.getByText("If an account exists for this address");
    await expect(answer).toBeVisible();
    // An unknown address gets the same answer.
    await page.getByLabel("E-mail address").fill("nobody-works-here@example.test");
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(answer).toBeVisible();

    const mail = await waitForMail({
      to: editor.email,
      kind: "auth.password_reset",
      after: sentAfter,
    });
    const link = mail.links.find((href) => href.includes("/password-reset/"));
    expect(link).toBeTruthy();
    await page.goto(link!);
    const password = "a brand new long password";
    await page.getByLabel("New password (required)", { exact: true }).fill(password);
    await page.getByLabel("New password again").fill(password);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page.getByText("Your password has been changed.")).toBeVisible();

    await page.goto("/en/sign-in");
    await page.getByLabel("E-mail address").fill(editor.email);
    await page.getByLabel("Password (required)", { exact: true }).fill(editor.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "The e-mail address or password is not correct.",
    );
    await signInAs(page, { ...editor, password });

    // The link was single-use.
    await page.goto(link!);
    await expect(page.getByText("This link has already been used.")).toBeVisible();
  });

  test("a signed-in user changes their password on the account page", async ({ page, browser }) => {
    // A fresh user: changing the password ends every session, so never a shared role fixture.
    const user = await createStaffUser("EDITOR");
    const current = page.getByLabel("Current password (required)", { exact: true });
    const next = page.getByLabel("New password (required)", { exact: true });
    const repeat = page.getByLabel("Repeat the new password (required)", { exact: true });
    const change = page.getByRole("button", { name: "Change password" });
    await signInAs(page, user);
    await page.goto("/en/dashboard/account");

    await current.fill(user.password);
    await next.fill("too short");
    await repeat.fill("too short");
    await change.click();
    await expect(
      page.getByText("Choose a password of at least 12 characters.").first(),
    ).toBeVisible();
    await expect(next).toHaveAttribute("aria-invalid", "true");
    // Passwords never come back into the page.
    await expect(current).toHaveValue("");
    await expect(next).toHaveValue("");
    await expectNoAxeViolations(page);

    const password = "a changed and long password";
    await current.fill("not my password at all");
    await next.fill(password);
    await repeat.fill(password);
    await change.click();
    await expect(page.getByText("This is not your current password.").first()).toBeVisible();
    await expect(current).toHaveAttribute("aria-invalid", "true");

    // The same answer without JavaScript: the form posts and the server renders the errors.
    const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(noScript, user);
    await noScript.goto("/en/dashboard/account");
    await noScript
      .getByLabel("Current password (required)", { exact: true })
      .fill("wrong again, sorry");
    await noScript.getByLabel("New password (required)", { exact: true }).fill(password);
    await noScript.getByLabel("Repeat the new password (required)", { exact: true }).fill(password);
    await noScript.getByRole("button", { name: "Change password" }).click();
    await expect(noScript.getByText("This is not your current password.").first()).toBeVisible();

    const changedAfter = new Date();
    await current.fill(user.password);
    await next.fill(password);
    await repeat.fill(password);
    await change.click();
    await expect(page).toHaveURL(/\/en\/sign-in\?passwordChanged=1/);
    await expect(
      page.getByText("Your password was changed. Sign in with the new one."),
    ).toBeVisible();

    const mail = await waitForMail({
      to: user.email,
      kind: "auth.password_changed",
      after: changedAfter,
    });
    expect(mail.subject).toBe("Your Vigil password was changed");
    expect(mail.text).toContain(user.email);
    expect(mail.text).toContain("tell an administrator");
    expect(mail.links.some((href) => href.endsWith("/en/password-reset"))).toBe(true);

    // Every other session has ended too.
    await noScript.goto("/en/dashboard/account");
    await expect(noScript).toHaveURL(/\/en\/sign-in/);
    await noScript.context().close();

    await page.getByLabel("E-mail address").fill(user.email);
    await page.getByLabel("Password (required)", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "The e-mail address or password is not correct.",
    );
    await signInAs(page, { ...user, password });
  });

  test("changing the password works without JavaScript", async ({ browser }) => {
    const user = await createStaffUser("CONTRIBUTOR");
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, user);
    await page.goto("/en/dashboard/account");

    const password = "changed without any script";
    await page.getByLabel("Current password (required)", { exact: true }).fill(user.password);
    await page.getByLabel("New password (required)", { exact: true }).fill(password);
    await page.getByLabel("Repeat the new password (required)", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Change password" }).click();

    await expect(page).toHaveURL(/\/en\/sign-in\?passwordChanged=1/);
    await expect(
      page.getByText("Your password was changed. Sign in with the new one."),
    ).toBeVisible();
    await signInAs(page, { ...user, password });
    await page.context().close();
  });
});
