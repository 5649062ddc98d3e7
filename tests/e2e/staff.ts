import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/policy";
import { currentTotpCode, encryptTotpSecret, newTotpSecret } from "@/lib/auth/totp";
import { connectToE2eDatabase } from "./database";
import { staffAuthDir, storageStatePath } from "./staff-paths";

/**
 * Staff users for end-to-end tests: created straight in the end-to-end database with a known
 * password (and, for administrators, a known authenticator secret, encrypted with the same key
 * the server uses), then signed in through the real sign-in form.
 *
 *   const editor = await createStaffUser("EDITOR");
 *   await signInAs(page, editor);
 *
 * The `setup` project (auth-staff.setup.ts) signs in one administrator, editor and contributor
 * and saves their sessions; the `admin`, `editor` and `contributor` projects run
 * tests/e2e/dashboard-<role>*.spec.ts already signed in (see playwright.config.ts), and
 * `storedStaffUser(role)` tells such a test who it is.
 */

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  /** Base32 secret of the authenticator app, when two-step verification is on. */
  totpSecret: string | null;
}

export { staffAuthDir, storageStatePath };

export async function createStaffUser(
  role: Role,
  options: { twoFactor?: boolean; name?: string; email?: string } = {},
): Promise<StaffUser> {
  const run = randomUUID().slice(0, 8);
  const email = options.email ?? `e2e-${role.toLowerCase()}-${run}@example.test`;
  const name = options.name ?? `E2E ${role.charAt(0)}${role.slice(1).toLowerCase()} ${run}`;
  const password = `e2e-password-${run}`;
  // Administrators must have two-step verification; others only when asked for.
  const twoFactor = options.twoFactor ?? role === "ADMIN";
  const totpSecret = twoFactor ? newTotpSecret() : null;
  const database = connectToE2eDatabase();
  try {
    const user = await database.user.create({
      data: {
        email,
        name,
        role,
        passwordHash: await hashPassword(password),
        totpSecret: totpSecret ? encryptTotpSecret(totpSecret) : null,
        totpEnabledAt: totpSecret ? new Date() : null,
      },
      select: { id: true },
    });
    return { id: user.id, email, name, role, password, totpSecret };
  } finally {
    await database.$disconnect();
  }
}

/** The current code of the user's authenticator app. */
export function totpCodeFor(user: Pick<StaffUser, "totpSecret">): Promise<string> {
  if (!user.totpSecret) throw new Error("This user has no authenticator app");
  return currentTotpCode(user.totpSecret);
}

/** Fills the sign-in form (and the code step) and waits for the dashboard. */
export async function signInAs(
  page: Page,
  user: Pick<StaffUser, "email" | "password" | "totpSecret">,
  options: { locale?: "en" | "ru"; expectPath?: RegExp } = {},
): Promise<void> {
  const locale = options.locale ?? "en";
  if (!/\/sign-in/.test(page.url())) await page.goto(`/${locale}/sign-in`);
  await page
    .getByLabel(locale === "en" ? "E-mail address" : "Адрес электронной почты")
    .fill(user.email);
  await page
    .getByLabel(locale === "en" ? "Password (required)" : "Пароль (обязательно)", { exact: true })
    .fill(user.password);
  await page
    .getByRole("button", { name: locale === "en" ? "Sign in" : "Войти", exact: true })
    .click();
  if (user.totpSecret) {
    const code = page.getByLabel(locale === "en" ? "Code (required)" : "Код (обязательно)", {
      exact: true,
    });
    await expect(code).toBeVisible();
    await code.fill(await totpCodeFor(user));
    await page.getByRole("button", { name: locale === "en" ? "Verify" : "Подтвердить" }).click();
  }
  await expect(page).toHaveURL(options.expectPath ?? new RegExp(`/${locale}/dashboard`));
}

/** Presses "Sign out" in the dashboard and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
}

/** Saved by the setup project: who the `admin`, `editor` or `contributor` project is. */
export async function storedStaffUser(role: Role): Promise<StaffUser> {
  return JSON.parse(
    await readFile(path.join(staffAuthDir, `${role.toLowerCase()}.user.json`), "utf8"),
  ) as StaffUser;
}

export async function saveStaffUser(user: StaffUser): Promise<void> {
  await mkdir(staffAuthDir, { recursive: true });
  await writeFile(
    path.join(staffAuthDir, `${user.role.toLowerCase()}.user.json`),
    JSON.stringify(user, null, 2),
  );
}
