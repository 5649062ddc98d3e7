import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("the environment", () => {
  it("needs nothing to run on the embedded database", () => {
    const env = parseEnv({});

    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.VIGIL_PG_PORT).toBe(54329);
    expect(env.VIGIL_DATA_DIR).toBe(".data/postgres");
    expect(env.VIGIL_LOG_QUERIES).toBe(false);
  });

  it("accepts a PostgreSQL URL and numeric ports given as text", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://vigil:secret@db.internal:5432/vigil",
      PORT: "8080",
      VIGIL_LOG_QUERIES: "1",
    });

    expect(env.DATABASE_URL).toBe("postgresql://vigil:secret@db.internal:5432/vigil");
    expect(env.PORT).toBe(8080);
    expect(env.VIGIL_LOG_QUERIES).toBe(true);
  });

  it("names each wrong setting in its message", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/vigil", PORT: "70000" })).toThrow(
      /DATABASE_URL[\s\S]*PORT|PORT[\s\S]*DATABASE_URL/,
    );
  });
});
