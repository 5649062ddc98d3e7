import type { ContentType } from "@/lib/auth/policy";
import { CONTENT_KINDS } from "../content-kinds";
import { json, jsonOrNull, localized, toSnapshot } from "../snapshot-json";
import type { ContentRegistryEntry, Snapshot, Tx } from "../types";

/** The part of a Prisma delegate a single-row entry uses. */
interface RowDelegate {
  findUnique(args: { where: Record<string, string> }): Promise<object | null>;
  update(args: { where: Record<string, string>; data: Record<string, unknown> }): Promise<unknown>;
}

/**
 * A registry entry for content that is one row with no children the editor changes with it
 * (tags, countries, facilities, criminal code articles, ...). Restore writes back the listed
 * columns; the key, the workflow state and publishedAt are never restored.
 */
export function flatEntry(config: {
  type: ContentType;
  model: keyof Tx;
  idColumn?: string;
  policyStateSql?: string;
  /** Columns a restore writes back, by kind: JSON columns need SQL NULL spelled out. */
  columns: string[];
  requiredJson?: string[];
  nullableJson?: string[];
  cacheTags: (id: string, snapshot: Snapshot) => string[];
  /** The snapshot field that names the item (a LocalizedText or a string). */
  labelField: string;
}): ContentRegistryEntry {
  const idColumn = config.idColumn ?? "id";
  const delegate = (tx: Tx) => tx[config.model] as unknown as RowDelegate;
  return {
    type: config.type,
    ...CONTENT_KINDS[config.type],
    table: CONTENT_KINDS[config.type].entityType,
    idColumn,
    policyStateSql: config.policyStateSql,
    async loadSnapshot(tx, id) {
      const row = await delegate(tx).findUnique({ where: { [idColumn]: id } });
      return row ? toSnapshot(row) : null;
    },
    async restoreSnapshot(tx, id, snapshot) {
      const data: Record<string, unknown> = {};
      for (const column of config.columns) {
        if (config.requiredJson?.includes(column)) data[column] = json(snapshot[column]);
        else if (config.nullableJson?.includes(column)) data[column] = jsonOrNull(snapshot[column]);
        else data[column] = snapshot[column] ?? null;
      }
      await delegate(tx).update({ where: { [idColumn]: id }, data });
    },
    async cacheTags(_tx, id, snapshot) {
      return config.cacheTags(id, snapshot);
    },
    label: (snapshot, locale) =>
      localized(snapshot[config.labelField], locale) || String(snapshot[idColumn] ?? ""),
  };
}
