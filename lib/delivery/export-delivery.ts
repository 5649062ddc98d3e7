import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import {
  buildDeliveryManifest,
  manifestBytes,
  sha256Hex,
  signatoryCsvFilename,
} from "@/lib/delivery/delivery-manifest";
import { renderDeliveryPdf, type DeliveryPdfLabels } from "@/lib/delivery/delivery-pdf";
import { readDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import { signatoryCsv } from "@/lib/delivery/signatory-csv";
import type { Locale } from "@/lib/i18n/routing";
import type { RequestContext } from "@/lib/security/request-context";

export const DELIVERY_FORMATS = ["pdf", "csv", "manifest"] as const;
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

export function isDeliveryFormat(value: string): value is DeliveryFormat {
  return (DELIVERY_FORMATS as readonly string[]).includes(value);
}

export interface DeliveryFile {
  bytes: Uint8Array;
  filename: string;
  contentType: string;
  /** SHA-256 of the signatory CSV this file was built with (the CSV itself for "csv"). */
  listSha256: string;
}

/**
 * One delivery file (PDF, signatory CSV or manifest) for staff allowed to export deliveries,
 * with an audit row saying who exported what, when, and the list's hash. Every format is built
 * from the same snapshot and carries the same list hash, so files exported together match.
 *
 * No file carries signers' e-mail addresses (the sensitive class, lib/auth/data-classes.ts), only
 * what signers chose to have delivered, so no recent password confirmation is asked; should an
 * address ever be added, call requireRecentConfirmation before the snapshot is read.
 */
export async function exportDelivery(
  actor: Actor,
  letterId: string,
  format: DeliveryFormat,
  locale: Locale,
  options: { labels: DeliveryPdfLabels; context?: Partial<RequestContext>; now?: Date },
): Promise<DeliveryFile> {
  const snapshot = await readDeliverySnapshot(actor, letterId, locale);
  const exportedAt = options.now ?? new Date();
  const csv = signatoryCsv(snapshot.signers);
  const listSha256 = sha256Hex(csv);
  const base = `${snapshot.letter.slug}-v${snapshot.letter.versionNumber}`;

  let file: DeliveryFile;
  if (format === "csv") {
    file = {
      bytes: csv,
      filename: signatoryCsvFilename(snapshot),
      contentType: "text/csv; charset=utf-8",
      listSha256,
    };
  } else if (format === "manifest") {
    file = {
      bytes: manifestBytes(buildDeliveryManifest(snapshot, csv, actor, exportedAt)),
      filename: `${base}-manifest.json`,
      contentType: "application/json; charset=utf-8",
      listSha256,
    };
  } else {
    file = {
      bytes: await renderDeliveryPdf(snapshot, options.labels, listSha256, exportedAt),
      filename: `${base}-${locale}.pdf`,
      contentType: "application/pdf",
      listSha256,
    };
  }

  await recordAudit(prisma, {
    actor,
    action: "letter.export_delivery",
    entityType: "Letter",
    entityId: letterId,
    ip: options.context?.ip,
    userAgent: options.context?.userAgent,
    details: {
      format,
      locale,
      versionId: snapshot.letter.versionId,
      namedSigners: snapshot.signers.length,
      confirmedTotal: snapshot.confirmedTotal,
      listSha256,
      exportedAt: exportedAt.toISOString(),
    },
  });
  return file;
}
