import type { ContentType } from "@/lib/auth/policy";
import type { ContentRegistryEntry } from "../types";
import { prisonerEntry } from "./prisoner";

const REGISTRY: Partial<Record<ContentType, ContentRegistryEntry>> = {
  prisoner: prisonerEntry,
};

/** The store's knowledge of one content type. */
export function registryEntry(type: ContentType): ContentRegistryEntry {
  const entry = REGISTRY[type];
  if (!entry) throw new Error(`No content-store registry entry for "${type}".`);
  return entry;
}

/** The registry entry for a Revision/AuditLog entityType ("Prisoner"), if it is content. */
export function registryEntryByEntityType(entityType: string): ContentRegistryEntry | undefined {
  return Object.values(REGISTRY).find((entry) => entry.entityType === entityType);
}
