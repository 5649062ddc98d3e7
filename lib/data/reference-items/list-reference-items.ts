import "server-only";
import type { Actor } from "@/lib/auth/policy";
import {
  authorizeView,
  keysMatching,
  localizedName,
  pageWindow,
  type ContentList,
  type SearchableTable,
} from "@/lib/data/dashboard-content";
import { countSelect, countSum, referenceRows } from "@/lib/data/reference-items/reference-rows";
import type { Locale } from "@/lib/i18n/routing";
import {
  referenceType,
  valueFields,
  type ListValues,
  type ReferenceTypeName,
} from "@/lib/reference-types";

export interface ReferenceListFilters {
  q?: string;
  page?: number;
  /** Only items of this country, for types whose list has the country filter. */
  country?: string;
}

export interface ReferenceListItem {
  /** The item's key (a country's code, else its id). */
  key: string;
  /** Every field's value; localised ones in the page's language ("" when it has none). */
  values: ListValues;
  /** What the list's usage column counts. */
  usage: number;
  updatedAt: Date;
}

/**
 * One page of a reference type's dashboard list, searched by the descriptor's columns and, where
 * the list has it, filtered by country. A staff read, authorised here and never cached.
 */
export async function listReferenceItems(
  actor: Actor,
  name: ReferenceTypeName,
  filters: ReferenceListFilters,
  locale: Locale,
): Promise<ContentList<ReferenceListItem>> {
  const descriptor = referenceType(name);
  authorizeView(actor, descriptor.type);
  const q = filters.q?.trim();
  const table = descriptor.table as SearchableTable;
  const where = {
    ...(descriptor.list.countryFilter && filters.country ? { countryCode: filters.country } : {}),
    ...(q
      ? {
          [descriptor.key]: {
            in: await keysMatching(table, descriptor.key, descriptor.list.search, q),
          },
        }
      : {}),
  };
  const rows = referenceRows(descriptor);
  const total = await rows.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const fields = valueFields(descriptor).filter((field) => field.name !== descriptor.key);
  const found = await rows.findMany({
    where,
    orderBy: descriptor.list.orderBy.map((column) => ({ [column]: "asc" })),
    skip,
    take,
    select: {
      [descriptor.key]: true,
      ...Object.fromEntries(fields.map((field) => [field.name, true])),
      updatedAt: true,
      _count: countSelect(descriptor.usage.listRelations ?? descriptor.usage.relations),
    },
  });
  return {
    items: found.map((row) => {
      const values: ListValues = { [descriptor.key]: row[descriptor.key] as string };
      for (const field of fields) {
        values[field.name] =
          field.kind === "localized"
            ? localizedName(row[field.name], locale)
            : ((row[field.name] as string | null) ?? null);
      }
      return {
        key: row[descriptor.key] as string,
        values,
        usage: countSum(row),
        updatedAt: row.updatedAt as Date,
      };
    }),
    total,
    page,
    pageCount,
    pageSize: take,
  };
}
