import { spawn } from "node:child_process";
import path from "node:path";

/** Bounds the step: the demo content's snapshot takes a few seconds. */
const TIMEOUT_MS = 120_000;

/**
 * Builds the first open-data snapshot of a freshly seeded database (`npm run datasets:build` in
 * a child process, under the react-server condition the library needs), before `next build`
 * prerenders /data: a fresh clone's data page then lists a dataset at once instead of waiting
 * for the job's next daily run. Later days are the job's (lib/jobs, `datasets.build`).
 *
 * Resolves false, never throws, when it fails: the site works without a dataset, and the page
 * says when the first one will appear.
 */
export function buildFirstDataset(databaseUrl: string): Promise<boolean> {
  const entry = path.join(process.cwd(), "scripts", "build-datasets.ts");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", entry], {
      stdio: ["ignore", "inherit", "inherit"],
      timeout: TIMEOUT_MS,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}
