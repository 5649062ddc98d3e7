import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { staffRoute } from "@/lib/auth/staff-route";
import { prisma } from "@/lib/db";
import { STAFF_ROUTE_BODY_LIMIT_BYTES } from "@/lib/security/bounded-body";
import { publicOrigin } from "@/lib/security/public-origin";
import { MAX_UPLOAD_BYTES } from "@/lib/media/upload-limits";
import { isDatabaseOutageOngoing, reportDatabaseAvailable } from "@/lib/logging/outage-log";
import { createStaffUser } from "../fixtures/staff-users";
import { signInRequestAs } from "../fixtures/auth-request";

/**
 * Dashboard route handlers read at most their `maxBodyBytes` (64 KB unless the route says more):
 * a longer body is refused with 413 by its Content-Length before a byte is read, or while it
 * streams, whatever the handler does with the error, and a body that never ends is cut off after
 * the limit. A database outage anywhere in the wrapper is a 503 with Retry-After. Real sessions,
 * users and policy (tests/fixtures/auth-request.ts); only the request is made up.
 */

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

const CHUNK_BYTES = 16 * 1024;

/** A body that never ends, counting the bytes the server pulled from it. */
function endlessBody() {
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += CHUNK_BYTES;
      controller.enqueue(new Uint8Array(CHUNK_BYTES).fill(0x61));
    },
  });
  return { stream, pulled };
}

function post(path: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(new URL(path, publicOrigin()), {
    method: "POST",
    headers: { origin: publicOrigin(), ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

const noParams = { params: Promise.resolve({}) };

/** A route that reads its whole body as JSON, as a dashboard API would. */
const readsJson = staffRoute({ permission: { action: "upload", type: "media" } }, async (args) =>
  Response.json({ received: Object.keys((await args.request.json()) as object).length }),
);

/** A route that swallows its parser's error and answers something else. */
const swallowsErrors = staffRoute(
  { permission: { action: "upload", type: "media" } },
  async (args) => {
    try {
      await args.request.formData();
    } catch {
      return new Response("no file", { status: 400 });
    }
    return new Response("ok");
  },
);

beforeAll(async () => {
  await signInRequestAs(await createStaffUser("EDITOR"));
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("a dashboard route handler's body", () => {
  it("is read when it is within the limit", async () => {
    const response = await readsJson(
      post("/api/dashboard/x", JSON.stringify({ a: 1, b: 2 })),
      noParams,
    );

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 2 });
  });

  it("is refused with 413 by its Content-Length, before a byte is read", async () => {
    const { stream, pulled } = endlessBody();
    const request = post("/api/dashboard/x", stream, {
      "content-length": String(STAFF_ROUTE_BODY_LIMIT_BYTES + 1),
    });

    const response = await readsJson(request, noParams);

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "too-large" });
    expect(pulled.bytes).toBeLessThanOrEqual(CHUNK_BYTES);
  });

  it("that never ends is cut off after the limit with 413 (memory stays flat)", async () => {
    const { stream, pulled } = endlessBody();
    const before = process.memoryUsage().arrayBuffers;

    const response = await readsJson(post("/api/dashboard/x", stream), noParams);

    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      code: "too-large",
      error: "The request is too large.",
    });
    expect(pulled.bytes).toBeLessThanOrEqual(STAFF_ROUTE_BODY_LIMIT_BYTES + 2 * CHUNK_BYTES);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
  });

  it("over the limit is a 413 even when the handler swallows the parser's error", async () => {
    const { stream } = endlessBody();

    const response = await swallowsErrors(
      post("/api/dashboard/x", stream, { "content-type": "multipart/form-data; boundary=x" }),
      noParams,
    );

    expect(response.status).toBe(413);
  });

  it("of a media upload may be larger, but one that never ends is cut off and sent back as too large", async () => {
    const { POST } = await import("@/app/api/dashboard/media/route");
    const { stream, pulled } = endlessBody();

    const response = await POST(
      post("/api/dashboard/media?locale=en", stream, {
        "content-type": "multipart/form-data; boundary=vigil",
      }),
      noParams,
    );

    // The upload form works without JavaScript: a refusal is a redirect back with the problem.
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("problem=tooLarge");
    expect(pulled.bytes).toBeGreaterThan(STAFF_ROUTE_BODY_LIMIT_BYTES);
    expect(pulled.bytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 64 * 1024 + 2 * CHUNK_BYTES);
  });
});

describe("a dashboard route handler during a database outage", () => {
  it("answers 503 with Retry-After and counts the failure instead of throwing", async () => {
    const outage = staffRoute({ permission: { action: "upload", type: "media" } }, async () => {
      // What Prisma with the pg adapter throws while PostgreSQL is stopped.
      throw new Error("Invalid `prisma.media.create()` invocation:", {
        cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
          code: "ECONNREFUSED",
        }),
      });
    });

    const response = await outage(post("/api/dashboard/x", "{}"), noParams);

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      code: "unavailable",
      error: "The database is unreachable; nothing was saved. Try again in a moment.",
    });
    expect(isDatabaseOutageOngoing()).toBe(true);
    reportDatabaseAvailable();
  });

  it("still throws any other error, for Next.js to log and answer 500", async () => {
    const broken = staffRoute({ permission: { action: "upload", type: "media" } }, async () => {
      throw new TypeError("a bug");
    });

    await expect(broken(post("/api/dashboard/x", "{}"), noParams)).rejects.toThrow("a bug");
  });
});
