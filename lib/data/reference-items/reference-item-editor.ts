import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorizeView, localizedTextOf } from "@/lib/data/dashboard-content";
import { countSelect, countSum, referenceRows } from "@/lib/data/reference-items/reference-rows";
import {
  referenceType,
  valueFields,
  type EditorValues,
  type ReferenceTypeName,
} from "@/lib/reference-types";

export interface ReferenceItemEditorDto {
  /** The item's key (a country's code, else its id). */
  key: string;
  /** Every field's value as stored; localised ones in every language. */
  values: EditorValues;
  version: number;
  updatedAt: Date;
  /** Rows that refer to the item (deleting is refused while there are any). */
  usage: number;
}

/** One reference item for its editor (a staff read, authorised here), or null when there is none. */
export async function getReferenceItemForEditor(
  actor: Actor,
  name: ReferenceTypeName,
  key: string,
): Promise<ReferenceItemEditorDto | null> {
  const descriptor = referenceType(name);
  authorizeView(actor, descriptor.type);
  const fields = valueFields(descriptor).filter((field) => field.name !== descriptor.key);
  const row = await referenceRows(descriptor).findUnique({
    where: { [descriptor.key]: key },
    select: {
      [descriptor.key]: true,
      ...Object.fromEntries(fields.map((field) => [field.name, true])),
      version: true,
      updatedAt: true,
      _count: countSelect(descriptor.usage.relations),
    },
  });
  if (!row) return null;
  const values: EditorValues = { [descriptor.key]: row[descriptor.key] as string };
  for (const field of fields) {
    values[field.name] =
      field.kind === "localized"
        ? localizedTextOf(row[field.name])
        : row[field.name] instanceof Date
          ? (row[field.name] as Date).toISOString().slice(0, 10) // a calendar date (<input type=date>)
          : ((row[field.name] as string | null) ?? null);
  }
  return {
    key: row[descriptor.key] as string,
    values,
    version: row.version as number,
    updatedAt: row.updatedAt as Date,
    usage: countSum(row),
  };
}
