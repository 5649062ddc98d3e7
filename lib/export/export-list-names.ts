import { REFERENCE_EXPORTS, type ReferenceExportList } from "@/lib/reference-types";

/**
 * The names of the lists the dashboard exports (GET /api/dashboard/export/<list>): a pure module,
 * so that pages and components can link to an export without importing the database half
 * (export-lists.ts). The reference types' lists come from their descriptors.
 */
export const EXPORT_LISTS = [
  "prisoners",
  "publications",
  "letters",
  ...REFERENCE_EXPORTS.map((descriptor) => descriptor.export.list),
  "sources",
  "inaccuracy-reports",
] as const;

export type ExportListName =
  "prisoners" | "publications" | "letters" | ReferenceExportList | "sources" | "inaccuracy-reports";

export function isExportList(value: string): value is ExportListName {
  return (EXPORT_LISTS as readonly string[]).includes(value);
}
