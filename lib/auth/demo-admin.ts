import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/postgres/client";

/**
 * The demo administrator, so that a fresh `npm run demo` can be signed in to at once. Created
 * by the launcher (scripts/start.ts) on its own databases only, never for a production server
 * on an external database, and only when absent: an existing account (perhaps with a changed
 * password or an enrolled authenticator app) is left alone.
 *
 * Administrators must use two-step verification: the first sign-in asks to set it up.
 */
export const DEMO_ADMIN_EMAIL = "admin@vigil.local";
export const DEMO_ADMIN_PASSWORD = "vigil-demo-admin";

export async function ensureDemoAdministrator(db: PrismaClient): Promise<"created" | "exists"> {
  const existing = await db.user.findUnique({
    where: { email: DEMO_ADMIN_EMAIL },
    select: { id: true },
  });
  if (existing) return "exists";
  const passwordHash = await hashPassword(DEMO_ADMIN_PASSWORD);
  const created = await db.user.createMany({
    data: [{ email: DEMO_ADMIN_EMAIL, name: "Demo Administrator", role: "ADMIN", passwordHash }],
    // Two launchers at once: the second finds the row the first created.
    skipDuplicates: true,
  });
  return created.count > 0 ? "created" : "exists";
}

/**
 * For the launcher: ensures the demo administrator unless this is a production server on an
 * external database (NODE_ENV=production with DATABASE_URL), and says which credentials to print.
 */
export async function setUpDemoAdministrator(
  databaseUrl: string,
  options: { test: boolean },
): Promise<{ email: string; password: string } | null> {
  if (!options.test && env.NODE_ENV === "production" && env.DATABASE_URL) return null;
  const db = createPrismaClient(databaseUrl, 1);
  try {
    await ensureDemoAdministrator(db);
  } finally {
    await db.$disconnect();
  }
  return { email: DEMO_ADMIN_EMAIL, password: DEMO_ADMIN_PASSWORD };
}
