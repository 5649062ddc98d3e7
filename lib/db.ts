import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";
import { createPrismaClient } from "@/lib/postgres/client";

// One client per process: Next.js dev reloads modules, so the client lives on globalThis.
const globalForPrisma = globalThis as unknown as { vigilPrisma?: PrismaClient };

function client(): PrismaClient {
  return (globalForPrisma.vigilPrisma ??= createPrismaClient(requireDatabaseUrl()));
}

/**
 * The app's Prisma client, created on first use: importing this module needs no DATABASE_URL
 * (a plain `next build` imports every page), using it does.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
