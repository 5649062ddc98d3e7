import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { env } from "@/lib/env";

const PLACEHOLDER_URL = "postgresql://placeholder@127.0.0.1:1/placeholder";

/** Runs the Prisma CLI and resolves with its exit code; its output goes to this process's. */
export function runPrismaCli(
  args: string[],
  options: { databaseUrl?: string; quiet?: boolean } = {},
): Promise<number> {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL ?? PLACEHOLDER_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (options.quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? 1);
    });
  });
}

/** Applies every committed migration that the database has not seen yet. */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  const code = await runPrismaCli(["migrate", "deploy"], { databaseUrl, quiet: true });
  if (code !== 0) throw new Error(`Applying the database migrations failed (exit code ${code}).`);
}
