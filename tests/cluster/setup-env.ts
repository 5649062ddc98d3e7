import { inject } from "vitest";

// lib/env.ts reads DATABASE_URL when first imported: the fixtures write to the cluster's database.
process.env.DATABASE_URL = inject("clusterDatabaseUrl");
