import { describe, expect, it } from "vitest";
import { formatHumanLine, formatJsonLine, serialiseError } from "@/lib/logging/log-format";

const TIME = new Date("2026-12-05T19:20:01.123Z");

function failingRender(): Error {
  const error = new Error('relation "Prisoner" does not exist\nsecond line', {
    cause: Object.assign(new Error("42P01"), { code: "42P01" }),
  });
  return Object.assign(error, { digest: "2964436221" });
}

describe("a production log line", () => {
  it("is one JSON object on one line with time, level, message and request id", () => {
    const line = formatJsonLine({
      time: TIME,
      level: "info",
      msg: "database reachable again after 5.2 s; 460 requests failed",
      requestId: "r-123456789",
    });

    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-12-05T19:20:01.123Z",
      level: "info",
      msg: "database reachable again after 5.2 s; 460 requests failed",
      requestId: "r-123456789",
    });
  });

  it("carries an error's name, message, digest, stack and cause, still on one line", () => {
    const error = failingRender();
    const line = formatJsonLine({ time: TIME, level: "error", msg: "GET /en failed", error });

    expect(line.split("\n")).toHaveLength(1);
    const parsed = JSON.parse(line) as { error: Record<string, unknown> };
    expect(parsed.error).toMatchObject({
      name: "Error",
      message: 'relation "Prisoner" does not exist\nsecond line',
      digest: "2964436221",
      stack: error.stack,
      cause: { message: "42P01", code: "42P01" },
    });
  });

  it("keeps the record's own fields when extra fields use the same names", () => {
    const line = formatJsonLine({
      time: TIME,
      level: "warn",
      msg: "real",
      requestId: "real-request",
      fields: { msg: "forged", requestId: "forged", status: 503 },
    });

    expect(JSON.parse(line)).toMatchObject({ msg: "real", requestId: "real-request", status: 503 });
  });

  it("never throws on values JSON cannot hold", () => {
    const line = formatJsonLine({ time: TIME, level: "info", msg: "x", fields: { big: 10n } });

    expect(JSON.parse(line)).toMatchObject({ big: "10" });
  });

  it("describes a thrown non-error value", () => {
    expect(serialiseError("boom")).toEqual({ name: "string", message: "boom" });
  });
});

describe("a development log line", () => {
  it("is readable text with the request id, the error reference and the stack below", () => {
    const error = failingRender();
    const text = formatHumanLine({
      time: TIME,
      level: "error",
      msg: "GET /en failed",
      requestId: "r-123456789",
      error,
    });

    const [head, ...stack] = text.split("\n");
    expect(head).toBe("[vigil] ERROR GET /en failed (request r-123456789, reference 2964436221)");
    expect(stack.join("\n")).toBe(error.stack);
  });

  it("prints an information line without a level or the fields meant for machines", () => {
    expect(formatHumanLine({ time: TIME, level: "info", msg: "up", fields: { ms: 5 } })).toBe(
      "[vigil] up",
    );
  });
});
