/**
 * Run before `npm run build` (the "prebuild" script): `next build` reads the data cache it finds in
 * the build folder while prerendering, so the folder must hold DATABASE_URL's data or nothing
 * (lib/cache/README.md). scripts/start.ts does the same before its own builds.
 */
import { claimCacheForDatabase } from "@/lib/cache/cache-owner";
import { env, requireDatabaseUrl } from "@/lib/env";

await claimCacheForDatabase({
  root: env.VIGIL_DIST_DIR ?? ".next",
  databaseUrl: requireDatabaseUrl(),
});
