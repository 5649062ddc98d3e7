import "server-only";
import { prisma } from "@/lib/db";
import { referenceRows } from "@/lib/data/reference-items/reference-rows";
import type { ExportColumn, ExportList } from "@/lib/export/export-lists";
import { localizedColumns } from "@/lib/export/localized-columns";
import {
  REFERENCE_EXPORTS,
  type ExportColumnSpec,
  type ReferenceExportList,
  type ReferenceTypeDescriptor,
} from "@/lib/reference-types";

type Row = Record<string, unknown>;

function columnsOf(specs: readonly ExportColumnSpec[]): ExportColumn<Row>[] {
  return [
    ...specs.flatMap((spec) =>
      "localized" in spec
        ? localizedColumns<Row>(spec.prefix, (row) => row[spec.field])
        : [{ header: spec.header, value: (row: Row) => row[spec.field] }],
    ),
    { header: "version", value: (row) => row.version },
    { header: "updated_at", value: (row) => row.updatedAt },
  ];
}

/** A reference type's export: its descriptor's columns, every row by key order. */
function referenceExport(descriptor: ReferenceTypeDescriptor): ExportList<Row> {
  const key = descriptor.key;
  const columns = columnsOf(descriptor.export?.columns ?? []);
  return {
    resource: { type: descriptor.type },
    action: "export",
    columns: () => columns,
    batch: (cursor, take) =>
      referenceRows(descriptor, prisma).findMany({
        where: cursor ? { [key]: { gt: cursor } } : {},
        orderBy: { [key]: "asc" },
        take,
      }),
    cursorOf: (row) => String(row[key]),
  };
}

/** The reference types' exports by list name ("tags", "countries" …). */
export const REFERENCE_EXPORT_LISTS = Object.fromEntries(
  REFERENCE_EXPORTS.map((descriptor) => [descriptor.export.list, referenceExport(descriptor)]),
) as Record<ReferenceExportList, ExportList<Row>>;
