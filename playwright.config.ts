import { defineConfig, devices } from "@playwright/test";
import type { Role } from "./lib/auth/policy";
import { e2ePort as port } from "./tests/e2e/port";
import { storageStatePath } from "./tests/e2e/staff-paths";

const baseURL = `http://localhost:${port}`;

/** Staff roles with a Playwright project each: dashboard-<role>*.spec.ts run signed in as it. */
const ROLES = ["admin", "editor", "contributor"] as const;
const ROLE_SPECS = /dashboard-(admin|editor|contributor)[^/]*\.spec\.ts$/;

// Debian's Chromium: Playwright cannot download its own browser on these machines.
const chromiumLaunch = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  forbidOnly: true,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunch,
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunch },
      // Dashboard journeys of a role run in that role's project, signed in.
      testIgnore: ROLE_SPECS,
    },
    // Signs in one user per role through the real form and saves the sessions (tests/e2e/staff.ts).
    { name: "setup", testMatch: /auth-staff\.setup\.ts/, use: { launchOptions: chromiumLaunch } },
    ...ROLES.map((role) => ({
      name: role,
      testMatch: new RegExp(`dashboard-${role}[^/]*\\.spec\\.ts$`),
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunch,
        storageState: storageStatePath(role.toUpperCase() as Role),
      },
    })),
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], launchOptions: chromiumLaunch },
      // The journeys run on desktop; on a small screen the layout and accessibility checks.
      testMatch: /(layout|accessibility)\.spec\.ts/,
    },
  ],
  webServer: {
    // A throw-away database with the demo content and a production build: what users get. It
    // builds into .next-e2e (or VIGIL_DIST_DIR), never the demo's .next, and starts from an empty
    // cache: a cache made on another database is discarded (lib/cache/README.md).
    command: `npx tsx scripts/start.ts --test --port ${port}`,
    // Letter outcome e-mails go out at once (the default waits 5 minutes for a quick undo).
    // Follow alerts wait 20 s (the default 10 minutes) for a change to stay published: long enough
    // for tests/e2e/follow-alerts.spec.ts to undo a change within it, short enough to wait for.
    env: { VIGIL_LETTER_OUTCOME_DELAY_SECONDS: "0", VIGIL_FOLLOW_ALERT_DELAY_SECONDS: "20" },
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
