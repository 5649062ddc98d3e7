import { describe, expect, it } from "vitest";
import { JobFailedError, jobErrorKindFromStored, jobErrorKindOf } from "@/lib/jobs/job-error-kind";

describe("job error kinds", () => {
  it("fails a job with one word, never the error's text", () => {
    const failed = new JobFailedError(jobErrorKindOf(new Error("no such user a@b.example")));
    expect(failed.message).toBe("other");
    expect(jobErrorKindOf(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(
      "databaseUnavailable",
    );
  });

  it("shows a stored error as a known kind, and anything else without its text", () => {
    expect(jobErrorKindFromStored(null)).toBeNull();
    expect(jobErrorKindFromStored("databaseUnavailable")).toBe("databaseUnavailable");
    expect(jobErrorKindFromStored("Graceful worker shutdown due to SIGTERM")).toBe("interrupted");
    expect(jobErrorKindFromStored("could not mail a@b.example")).toBe("other");
  });
});
