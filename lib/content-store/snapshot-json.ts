import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Snapshot, SnapshotValue } from "./types";

/** Columns every content row has that say who and when, not what: left out of snapshots. */
const BOOKKEEPING = new Set(["version", "createdAt", "updatedAt", "createdById", "updatedById"]);

/** A row (or a tree of rows) as plain JSON: dates become ISO strings, bookkeeping is dropped. */
export function toSnapshot(row: object): Snapshot {
  return JSON.parse(
    JSON.stringify(row, (key, value: unknown) => (BOOKKEEPING.has(key) ? undefined : value)),
  ) as Snapshot;
}

/** Reading a snapshot field back for a Prisma write. */
export function field<T = SnapshotValue>(snapshot: Snapshot, key: string): T {
  return snapshot[key] as T;
}

/** A nullable JSON column: SQL NULL for null/absent, as Prisma requires it spelled. */
export function jsonOrNull(
  value: SnapshotValue | undefined,
): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}

/** A required JSON column. */
export function json(value: SnapshotValue | undefined): Prisma.InputJsonValue {
  return (value ?? {}) as Prisma.InputJsonValue;
}

/** The rows of a list field of a snapshot. */
export function rows(snapshot: Snapshot, key: string): Snapshot[] {
  const value = snapshot[key];
  return Array.isArray(value) ? (value as Snapshot[]) : [];
}

/** A localized text in the wanted locale, else English, else any. */
export function localized(value: SnapshotValue | undefined, locale: string): string {
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "";
  const text = value[locale] ?? value.en ?? Object.values(value)[0];
  return typeof text === "string" ? text : "";
}

/** Omits keys from a snapshot row (e.g. relations shown in the snapshot but not columns). */
export function columns(row: Snapshot, ...omit: string[]): Snapshot {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !omit.includes(key)));
}
