import "server-only";
import { stringify } from "csv-stringify/sync";
import { recordAudit } from "@/lib/audit/record-audit";
import type { DataClass } from "@/lib/auth/data-classes";
import { can, type Actor } from "@/lib/auth/policy";
import { requireRecentConfirmation } from "@/lib/auth/recent-confirmation";
import type { SessionActor } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { ForbiddenError, ReauthenticationRequiredError } from "@/lib/errors";
import { csvCell, jsonValue } from "@/lib/export/csv-cell";
import type { ExportListName } from "@/lib/export/export-list-names";
import { EXPORT_LIST_DEFINITIONS, type ExportOptions } from "@/lib/export/export-lists";

export type ExportFormat = "csv" | "json";

/** Rows read per query: large lists stream in batches instead of being held in memory. */
const BATCH_SIZE = 500;

/** How recent a password confirmation must be for an export of sensitive personal data. */
export const SENSITIVE_EXPORT_CONFIRMATION_SECONDS = 600;

const encoder = new TextEncoder();

/**
 * A list as a file, streamed: the permission is checked before anything is read, then rows are
 * read in batches by a cursor and written as they come. CSV starts with a UTF-8 byte order mark,
 * so that Excel opens Cyrillic text correctly; every text cell goes through the CSV-injection
 * guard (csv-cell.ts). JSON is an array of objects with the same keys as the CSV columns.
 * The export is recorded in the audit log (who took which list, with which columns).
 *
 * Sensitive personal data (columns of the "sensitive" class, lib/auth/data-classes.ts) goes out
 * only to an actor who confirmed their password within the last ten minutes
 * (ReauthenticationRequiredError otherwise, before anything is read), and its audit row carries
 * the number of rows the file holds.
 */
export async function exportList(
  actor: Actor | SessionActor | null,
  name: ExportListName,
  format: ExportFormat,
  options: ExportOptions,
  context: { ip?: string | null; userAgent?: string | null } = {},
): Promise<ReadableStream<Uint8Array>> {
  const list = EXPORT_LIST_DEFINITIONS[name];
  if (!actor || !can(actor, list.action, list.resource)) {
    throw new ForbiddenError("export", list.resource.type);
  }
  const columns = list.columns(actor, options);
  const classes = new Set<DataClass>(columns.map((column) => column.dataClass ?? "public"));
  const sensitive = classes.has("sensitive");
  if (sensitive) {
    // Only a signed-in session can have confirmed a password (a script's bare actor cannot).
    if (!("sessionId" in actor)) {
      throw new ReauthenticationRequiredError(SENSITIVE_EXPORT_CONFIRMATION_SECONDS);
    }
    await requireRecentConfirmation(actor, SENSITIVE_EXPORT_CONFIRMATION_SECONDS);
  }
  // Counted when the export starts (rows added while it streams may be in the file too).
  const rows = sensitive && list.count ? await list.count(options) : undefined;
  await recordAudit(prisma, {
    actor,
    action: `export.${name}`,
    ip: context.ip,
    userAgent: context.userAgent,
    details: {
      format,
      columns: columns.map((column) => column.header),
      ...(options.state ? { state: options.state } : {}),
      ...(sensitive ? { sensitive: true, rows: rows ?? null } : {}),
    },
  });
  const read = { ...options, classes };

  let cursor: string | null = null;
  let first = true;
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(
        encoder.encode(
          format === "csv" ? "\uFEFF" + stringify([columns.map((column) => column.header)]) : "[",
        ),
      );
    },
    async pull(controller) {
      if (done) return;
      const rows = await list.batch(cursor, BATCH_SIZE, read);
      if (rows.length > 0) {
        cursor = list.cursorOf(rows.at(-1)!);
        if (format === "csv") {
          const records = rows.map((row) => columns.map((column) => csvCell(column.value(row))));
          controller.enqueue(encoder.encode(stringify(records)));
        } else {
          const objects = rows.map((row) =>
            JSON.stringify(
              Object.fromEntries(
                columns.map((column) => [column.header, jsonValue(column.value(row))]),
              ),
            ),
          );
          controller.enqueue(encoder.encode((first ? "\n" : ",\n") + objects.join(",\n")));
          first = false;
        }
      }
      if (rows.length < BATCH_SIZE) {
        done = true;
        if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
        controller.close();
      }
    },
  });
}

/** The download's file name, e.g. "vigil-prisoners-2026-11-27.csv". */
export function exportFilename(
  name: ExportListName,
  format: ExportFormat,
  now = new Date(),
): string {
  return `vigil-${name}-${now.toISOString().slice(0, 10)}.${format}`;
}
