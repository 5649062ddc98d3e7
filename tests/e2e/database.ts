import { readFileSync } from "node:fs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/postgres/client";
import { e2ePort } from "./port";

/**
 * The throw-away database behind the end-to-end server (scripts/start.ts --test writes its URL),
 * for tests that add fixtures the demo content does not have: a draft profile, a redacted field.
 */
export function connectToE2eDatabase(): PrismaClient {
  const url = readFileSync(`.data/e2e-database-url-${e2ePort}`, "utf8").trim();
  return createPrismaClient(url, 2);
}
