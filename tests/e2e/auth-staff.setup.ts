import { test as setup } from "@playwright/test";
import type { Role } from "@/lib/auth/policy";
import { createStaffUser, saveStaffUser, signInAs, storageStatePath } from "./staff";

/**
 * Signs in one administrator, one editor and one contributor through the real form and saves
 * their sessions for the role projects (playwright.config.ts): dashboard-<role>*.spec.ts start
 * signed in.
 */
for (const role of ["ADMIN", "EDITOR", "CONTRIBUTOR"] as const satisfies Role[]) {
  setup(`sign in as ${role.toLowerCase()}`, async ({ page }) => {
    const user = await createStaffUser(role);
    await signInAs(page, user);
    await page.context().storageState({ path: storageStatePath(role) });
    await saveStaffUser(user);
  });
}
