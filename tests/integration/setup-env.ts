import { inject } from "vitest";

// lib/env.ts reads DATABASE_URL when first imported: point it at the run's test database.
process.env.DATABASE_URL = inject("databaseUrl");
