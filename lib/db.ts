import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";
import { createPrismaClient } from "@/lib/postgres/client";

// One client per process: Next.js dev reloads modules, so the client lives on globalThis.
const globalForPrisma = globalThis as unknown as { vigilPrisma?: PrismaClient };

export const prisma: PrismaClient = (globalForPrisma.vigilPrisma ??= createPrismaClient(
  requireDatabaseUrl(),
));
