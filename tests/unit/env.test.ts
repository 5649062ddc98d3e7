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

  it("refuses production (and `next build`) without VIGIL_PUBLIC_URL, naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "production", VIGIL_SECRET: "x".repeat(32) })).toThrow(
      /VIGIL_PUBLIC_URL: required in production/,
    );
    expect(
      parseEnv({ NODE_ENV: "production", VIGIL_PUBLIC_URL: "https://vigil.example.org/" })
        .VIGIL_PUBLIC_URL,
    ).toBe("https://vigil.example.org");
  });

  it("defaults the public origin to nothing outside production, and refuses one with a path", () => {
    expect(parseEnv({ NODE_ENV: "development" }).VIGIL_PUBLIC_URL).toBeUndefined();
    expect(() => parseEnv({ VIGIL_PUBLIC_URL: "https://vigil.example.org/campaign" })).toThrow(
      /VIGIL_PUBLIC_URL: must be an origin only/,
    );
    for (const wrong of ["ftp://vigil.example.org", "vigil.example.org"]) {
      expect(() => parseEnv({ VIGIL_PUBLIC_URL: wrong })).toThrow(
        /VIGIL_PUBLIC_URL: must be an http:\/\/ or https:\/\/ URL/,
      );
    }
  });

  it("trusts no proxy by default and parses a list of addresses and CIDR ranges", () => {
    expect(parseEnv({}).VIGIL_TRUSTED_PROXIES).toEqual([]);
    expect(
      parseEnv({ VIGIL_TRUSTED_PROXIES: " 10.0.0.5, 10.0.0.0/8 ,::1,2001:db8::/32, loopback" })
        .VIGIL_TRUSTED_PROXIES,
    ).toEqual(["10.0.0.5", "10.0.0.0/8", "::1", "2001:db8::/32", "loopback"]);
  });

  it.each(["nginx.internal", "10.0.0.0/33", "10.0.0.300", "10.0.0.1/abc"])(
    "refuses the trusted proxy entry %s with a message naming it",
    (entry) => {
      expect(() => parseEnv({ VIGIL_TRUSTED_PROXIES: `127.0.0.1, ${entry}` })).toThrow(
        `VIGIL_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`,
      );
    },
  );
});
