import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { exitCodeOf, hasExited } from "@/scripts/lib/next-process";
import { superviseWebServer, type Supervisor } from "@/scripts/lib/supervisor";

/** A stand-in for the web server: a Node.js process that runs until it is killed. */
function fakeServer(script = "setInterval(() => {}, 1000)"): ChildProcess {
  return spawn(process.execPath, ["-e", script], { stdio: "ignore" });
}

function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) return resolve();
      if (Date.now() > deadline) return reject(new Error("condition not met in time"));
      setTimeout(check, 20);
    };
    check();
  });
}

const started: ChildProcess[] = [];
let supervisor: Supervisor | undefined;

afterEach(() => {
  supervisor?.stopSupervising();
  for (const child of started) if (!hasExited(child)) child.kill("SIGKILL");
  started.length = 0;
});

function supervise(options: { maxRestarts?: number; script?: string } = {}) {
  const said: string[] = [];
  const gaveUp: number[] = [];
  supervisor = superviseWebServer({
    start: () => {
      const child = fakeServer(started.length === 0 ? options.script : undefined);
      started.push(child);
      return child;
    },
    maxRestarts: options.maxRestarts ?? 3,
    windowMs: 60_000,
    backoffMs: 10,
    waitUntilReady: async (child) => !hasExited(child),
    say: (message) => said.push(message),
    giveUp: (code) => gaveUp.push(code),
  });
  return { said, gaveUp, supervisor };
}

describe("the web server's supervisor", () => {
  it("restarts a server killed with SIGKILL and says why", async () => {
    const { said, supervisor } = supervise();
    const first = supervisor.current;

    first.kill("SIGKILL");
    await until(() => supervisor.current !== first && supervisor.current.pid !== undefined);
    await until(() => said.includes("The web server is running again."));

    expect(said[0]).toMatch(/stopped unexpectedly \(signal SIGKILL\); restarting it \(1 of 3/);
    expect(hasExited(supervisor.current)).toBe(false);
  });

  it("gives up with a non-zero code when the server dies more often than the bound", async () => {
    const { said, gaveUp, supervisor } = supervise({ maxRestarts: 3 });

    for (let death = 0; death < 4; death++) {
      const current = supervisor.current;
      current.kill("SIGKILL");
      await until(() => (death < 3 ? supervisor.current !== current : gaveUp.length > 0));
    }

    expect(gaveUp).toEqual([137]);
    expect(said.at(-1)).toMatch(
      /stopped \(signal SIGKILL\) after 3 restarts within 60 s; giving up/,
    );
    expect(started).toHaveLength(4);
  });

  it("reports the exit code of a server that exits on its own", async () => {
    const { said } = supervise({ script: "setTimeout(() => process.exit(3), 50)" });

    await until(() => said.length > 0);

    expect(said[0]).toMatch(/stopped unexpectedly \(exit code 3\); restarting it/);
  });

  it("does not restart a server the launcher stops itself", async () => {
    const { said, supervisor } = supervise();
    const only = supervisor.current;

    supervisor.stopSupervising();
    only.kill("SIGTERM");
    await exitCodeOf(only);
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(said).toEqual([]);
    expect(started).toHaveLength(1);
  });
});

describe("the exit code of a child process", () => {
  it("is known for a child a signal has already ended (it used to wait forever)", async () => {
    const child = fakeServer();
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    expect(child.exitCode).toBeNull();
    await expect(exitCodeOf(child)).resolves.toBe(137);
  });

  it("is the code a child exited with", async () => {
    const child = spawn(process.execPath, ["-e", "process.exit(3)"], { stdio: "ignore" });

    await expect(exitCodeOf(child)).resolves.toBe(3);
    await expect(exitCodeOf(child)).resolves.toBe(3);
  });
});
