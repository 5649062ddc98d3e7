import type { ContentType } from "@/lib/auth/policy";
import type { ContentRegistryEntry } from "../types";
import { letterEntry } from "./letter";
import { prisonerEntry } from "./prisoner";
import { publicationEntry } from "./publication";
import { notableSignatoryEntry, REFERENCE_ENTRIES, sourceEntry } from "./reference-entries";

const REGISTRY: Record<ContentType, ContentRegistryEntry> = {
  prisoner: prisonerEntry,
  publication: publicationEntry,
  letter: letterEntry,
  notableSignatory: notableSignatoryEntry,
  source: sourceEntry,
  ...REFERENCE_ENTRIES,
};

/** The store's knowledge of one content type. */
export function registryEntry(type: ContentType): ContentRegistryEntry {
  return REGISTRY[type];
}

/** Every registered content type, e.g. for the review queue. */
export function registryEntries(): ContentRegistryEntry[] {
  return Object.values(REGISTRY);
}

/** The registry entry for a Revision/AuditLog entityType ("Prisoner"), if it is content. */
export function registryEntryByEntityType(entityType: string): ContentRegistryEntry | undefined {
  return Object.values(REGISTRY).find((entry) => entry.entityType === entityType);
}
