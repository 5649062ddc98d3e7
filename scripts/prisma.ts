/**
 * Runs the Prisma CLI with the arguments given, e.g. `tsx scripts/prisma.ts migrate deploy`.
 *
 * The CLI insists on DATABASE_URL even for commands that never connect (generate, migrate diff
 * --from-empty); without it it falls back to downloading engines, which fails on these machines.
 * A placeholder URL is given where none is set; commands that do connect get the real one from
 * the caller (scripts/start.ts, the test set-up).
 */
import { runPrismaCli } from "@/lib/postgres/migrate";

const code = await runPrismaCli(process.argv.slice(2));
process.exit(code);
