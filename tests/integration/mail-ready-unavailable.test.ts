import { describe, expect, it, vi } from "vitest";
import { findFreePort } from "@/lib/net/ports";

// A file of its own: the app's Prisma client lives on globalThis, so the database it points at
// can only be chosen before anything in the file has imported lib/db.

describe("GET /api/ready", () => {
  it("answers 503 without mail details when the database cannot be reached", async () => {
    process.env.DATABASE_URL = `postgresql://vigil@127.0.0.1:${await findFreePort()}/nowhere`;
    vi.resetModules();
    const { GET } = await import("@/app/api/ready/route");

    const response = await GET();

    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "unavailable", database: "down" });
    expect(body).not.toHaveProperty("mail");
  });
});
