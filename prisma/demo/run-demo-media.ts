import { spawn } from "node:child_process";
import path from "node:path";

/** Bounds the step: it makes two small files and a few rows (about 2 s on a loaded machine). */
const TIMEOUT_MS = 120_000;

/**
 * Runs ./load-demo-media.ts in a child process under the react-server condition (why: see
 * there) and waits for it. The database URL goes through stdin, not the command line, where
 * any local user could read it. Throws with the child's error output when it fails.
 */
export function runDemoMediaStep(databaseUrl: string): Promise<void> {
  const entry = path.join(process.cwd(), "prisma", "demo", "load-demo-media.ts");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", entry], {
      stdio: ["pipe", "inherit", "pipe"],
      timeout: TIMEOUT_MS,
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-4000);
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`The demo's files were not loaded (${signal ?? code}):\n${errors}`));
    });
    child.stdin.end(databaseUrl);
  });
}
