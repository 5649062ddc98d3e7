import { spawn } from "node:child_process";

/**
 * Runs a command to completion and returns its exit code and output, or throws with that output
 * after `timeoutMs` (the process is killed): the fault suite must never hang on a tool.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { timeoutMs: number; uid?: number; gid?: number; cwd?: string },
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      uid: options.uid,
      gid: options.gid,
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `${command} ${args.join(" ")} did not finish in ${options.timeoutMs} ms: ${output}`,
        ),
      );
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}
