import type { TestProject } from "vitest/node";
import { openThrowawayDatabase } from "@/lib/postgres/database";
import { applyMigrations } from "@/lib/postgres/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh PostgreSQL database for the whole integration run, migrated, without content. */
export default async function setup(project: TestProject) {
  const database = await openThrowawayDatabase("it");
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
  return () => database.close();
}
