import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every route handler of the dashboard goes through `staffRoute` (lib/auth/staff-route.ts): the
 * session, two-step enrolment, the role and the origin of writes are checked in one place, so a
 * new route cannot forget one of them. Read from the source, so a route added without the
 * wrapper fails here before any request is made.
 */

const ROOT = join(import.meta.dirname, "..", "..");
const STAFF_ROUTE_FOLDERS = ["app/api/dashboard", "app/[locale]/(dashboard)"];
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((path) => /(^|\/)route\.(ts|tsx|js)$/.test(path))
    .map((path) => join(folder, path));
}

export function staffRouteFiles(): string[] {
  return STAFF_ROUTE_FOLDERS.flatMap(routeFiles).sort();
}

/** The HTTP methods a route file exports, and whether each is made by staffRoute. */
function exportedMethods(source: string): { method: string; guarded: boolean }[] {
  const found: { method: string; guarded: boolean }[] = [];
  for (const method of METHODS) {
    if (new RegExp(`export\\s+(async\\s+)?function\\s+${method}\\b`).test(source)) {
      found.push({ method, guarded: false });
    }
    const constant = new RegExp(`export\\s+const\\s+${method}\\s*=\\s*([A-Za-z_$][\\w$]*)`).exec(
      source,
    );
    if (constant) found.push({ method, guarded: constant[1] === "staffRoute" });
    if (new RegExp(`export\\s*\\{[^}]*\\b${method}\\b[^}]*\\}`).test(source)) {
      found.push({ method, guarded: false });
    }
  }
  return found;
}

describe("staff route handlers", () => {
  const files = staffRouteFiles();

  it("are found (the folders exist and hold routes)", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)("%s exports only methods made by staffRoute", (file) => {
    const methods = exportedMethods(readFileSync(join(ROOT, file), "utf8"));
    expect(methods.length, `${relative(ROOT, file)} exports no HTTP method`).toBeGreaterThan(0);
    expect(methods.filter((m) => !m.guarded).map((m) => m.method)).toEqual([]);
  });

  it("recognises an unguarded handler (the check itself can fail)", () => {
    expect(exportedMethods("export async function GET() {}")).toEqual([
      { method: "GET", guarded: false },
    ]);
    expect(exportedMethods("export const POST = withSomethingElse(() => 1)")).toEqual([
      { method: "POST", guarded: false },
    ]);
    expect(exportedMethods("export const GET = staffRoute({}, h)")).toEqual([
      { method: "GET", guarded: true },
    ]);
  });
});
