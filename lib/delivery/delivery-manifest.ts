import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/policy";
import type { DeliverySnapshot } from "@/lib/delivery/delivery-snapshot";

export const MANIFEST_FORMAT = "vigil-delivery-manifest/1";

/** What a manifest states; written as pretty-printed JSON (lib/delivery/README.md). */
export interface DeliveryManifest {
  format: typeof MANIFEST_FORMAT;
  letter: { id: string; slug: string; versionId: string; versionNumber: number; title: string };
  locale: string;
  exportedAt: string;
  exportedBy: { id: string; name: string };
  counts: {
    /** Confirmed signers named in the list (visibility PUBLIC or DELIVERY_ONLY). */
    namedSigners: number;
    /** All confirmed signatures, named or counted only. */
    confirmedTotal: number;
    confirmedByCountry: { countryCode: string; count: number }[];
    notableSignatories: number;
  };
  signatoryList: {
    filename: string;
    mediaType: "text/csv; charset=utf-8";
    /** The hashed bytes are the CSV file exactly as downloaded, nothing added or removed. */
    algorithm: "SHA-256";
    sha256: string;
    byteLength: number;
    rows: number;
  };
  verification: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function signatoryCsvFilename(snapshot: Pick<DeliverySnapshot, "letter">): string {
  return `${snapshot.letter.slug}-v${snapshot.letter.versionNumber}-signatories.csv`;
}

export function buildDeliveryManifest(
  snapshot: DeliverySnapshot,
  csv: Buffer,
  actor: Pick<Actor, "id" | "name">,
  exportedAt: Date,
): DeliveryManifest {
  const filename = signatoryCsvFilename(snapshot);
  return {
    format: MANIFEST_FORMAT,
    letter: {
      id: snapshot.letter.id,
      slug: snapshot.letter.slug,
      versionId: snapshot.letter.versionId,
      versionNumber: snapshot.letter.versionNumber,
      title: snapshot.letter.title,
    },
    locale: snapshot.locale,
    exportedAt: exportedAt.toISOString(),
    exportedBy: { id: actor.id, name: actor.name },
    counts: {
      namedSigners: snapshot.signers.length,
      confirmedTotal: snapshot.confirmedTotal,
      confirmedByCountry: snapshot.confirmedByCountry,
      notableSignatories: snapshot.notableSignatories.length,
    },
    signatoryList: {
      filename,
      mediaType: "text/csv; charset=utf-8",
      algorithm: "SHA-256",
      sha256: sha256Hex(csv),
      byteLength: csv.byteLength,
      rows: snapshot.signers.length,
    },
    verification:
      `Compute the SHA-256 of the file ${filename} exactly as delivered (e.g. ` +
      `"sha256sum ${filename}" or "shasum -a 256 ${filename}") and compare it with ` +
      "signatoryList.sha256. Opening and re-saving the file in a spreadsheet changes its bytes; " +
      "hash the file as it was delivered.",
  };
}

/** The manifest file's bytes: JSON, two-space indented, with a final newline. */
export function manifestBytes(manifest: DeliveryManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
}
