import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { createPgPool } from "./lib/postgres/pool";
import { requireDatabaseUrl } from "./lib/env";

/**
 * The Prisma CLI runs its schema engine in WebAssembly through the pg driver adapter, so that
 * `migrate deploy`, `migrate diff` and `generate` need no downloaded engine binary.
 * The CLI still expects DATABASE_URL to be set; scripts/prisma.ts sets it for every call.
 */
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaPg(createPgPool(requireDatabaseUrl()));
  },
});
