import { createHash, randomBytes } from "node:crypto";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { DeliveryManifest } from "@/lib/delivery/delivery-manifest";
import type { DeliveryPdfLabels } from "@/lib/delivery/delivery-pdf";
import { exportDelivery } from "@/lib/delivery/export-delivery";
import { prisma } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import type { SignatureStatus, SignatureVisibility } from "@/lib/generated/prisma/client";
import { createStaffUser } from "../fixtures/staff-users";
import { createPetition, type TestPetition } from "../fixtures/signing";

/**
 * The delivery export (PDF, signatory CSV, manifest) read straight from lib/delivery: who is
 * named and who is only counted, what is left out, the hash that ties the manifest to the CSV's
 * bytes, the audit row of each export, and who may export at all.
 */

const LABELS: DeliveryPdfLabels = {
  to: "To:",
  version: "Text version",
  notableHeading: "Notable signatories",
  signersHeading: "Signatories",
  signersNone: "None",
  countsHeading: "Confirmed signatures by country",
  countsLead: "All confirmed signatures.",
  total: "Total",
  listHash: "SHA-256:",
  exported: "Exported",
  page: "Page",
};

/** Every compressed stream of a PDF, inflated, as text. */
function inflatedStreams(pdf: Buffer): string[] {
  const texts: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf("stream", at, "latin1");
    if (start < 0) break;
    const dataStart = pdf[start + 6] === 0x0d ? start + 8 : start + 7;
    const end = pdf.indexOf("endstream", dataStart, "latin1");
    if (end < 0) break;
    try {
      texts.push(inflateSync(pdf.subarray(dataStart, end)).toString("latin1"));
    } catch {
      // Not a deflated stream (or not a stream at all: "endstream" matched): skipped.
    }
    at = end + 9;
  }
  return texts;
}

let petition: TestPetition;
let editor: Actor;
let contributor: Actor;

async function sign(
  name: string,
  countryCode: string,
  visibility: SignatureVisibility,
  status: SignatureStatus,
  confirmedAt: Date | null,
): Promise<void> {
  const email = `${name.replace(/\W+/g, "").toLowerCase() || "x"}-${randomBytes(4).toString("hex")}@example.org`;
  await prisma.signature.create({
    data: {
      letterId: petition.id,
      letterVersionId: petition.versionId,
      locale: "en",
      name,
      email,
      emailKey: email,
      countryCode,
      visibility,
      status,
      confirmedAt,
      consentGivenAt: new Date(),
      consentTextVersion: "test",
    },
  });
}

async function exportAs(
  actor: Actor,
  format: "csv" | "manifest" | "pdf",
  locale: "en" | "ru" = "en",
) {
  return exportDelivery(actor, petition.id, format, locale, { labels: LABELS });
}

beforeAll(async () => {
  petition = await createPetition("delivery");
  await prisma.letterVersion.update({
    where: { id: petition.versionId },
    data: {
      body: {
        en: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Free them." }] }],
        },
        ru: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Освободите их." }] }],
        },
      },
    },
  });
  await prisma.notableSignatory.create({
    data: {
      letterId: petition.id,
      name: "Ева Нотабль",
      office: { en: "Member of Parliament" },
      verifiedAt: new Date(),
    },
  });
  // Not verified by staff: never in the delivered document.
  await prisma.notableSignatory.create({
    data: { letterId: petition.id, name: "Unverified Notable", office: { en: "Senator" } },
  });
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 10, minute));
  await sign("Анна Петрова", "RU", "PUBLIC", "CONFIRMED", at(1));
  await sign("Jonas Delivery", "DE", "DELIVERY_ONLY", "CONFIRMED", at(2));
  await sign("Counted Only", "DE", "COUNT_ONLY", "CONFIRMED", at(3));
  await sign('=HYPERLINK("http://evil.example")', "FR", "PUBLIC", "CONFIRMED", at(4));
  await sign("Pending Person", "DE", "PUBLIC", "PENDING", null);
  await sign("Withdrawn Person", "DE", "PUBLIC", "WITHDRAWN", at(5));
  await sign("Invalidated Person", "DE", "DELIVERY_ONLY", "INVALIDATED", at(6));
  const [editorUser, contributorUser] = await Promise.all([
    createStaffUser("EDITOR"),
    createStaffUser("CONTRIBUTOR"),
  ]);
  editor = editorUser;
  contributor = contributorUser;
});

describe("the delivery export", () => {
  it("names confirmed signers who chose PUBLIC or DELIVERY_ONLY, in the order they confirmed", async () => {
    const csv = Buffer.from((await exportAs(editor, "csv")).bytes).toString("utf8");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("name,country,city,organisation,title,confirmed_at");
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([
      "Анна Петрова",
      "Jonas Delivery",
      // A name a spreadsheet would run as a formula is defused with an apostrophe.
      `"'=HYPERLINK(""http://evil.example"")"`,
    ]);
  });

  it("leaves out counted-only, pending, withdrawn and invalidated signers, and every e-mail address", async () => {
    const csv = Buffer.from((await exportAs(editor, "csv")).bytes).toString("utf8");
    const manifest = Buffer.from((await exportAs(editor, "manifest")).bytes).toString("utf8");
    for (const text of [csv, manifest]) {
      expect(text).not.toContain("Counted Only");
      expect(text).not.toContain("Pending Person");
      expect(text).not.toContain("Withdrawn Person");
      expect(text).not.toContain("Invalidated Person");
      expect(text).not.toContain("@");
    }
  });

  it("states in the manifest the SHA-256 of the exact CSV bytes, and counts every confirmed signature by country", async () => {
    const csv = (await exportAs(editor, "csv")).bytes;
    const manifest = JSON.parse(
      Buffer.from((await exportAs(editor, "manifest")).bytes).toString("utf8"),
    ) as DeliveryManifest;
    expect(manifest.signatoryList.sha256).toBe(createHash("sha256").update(csv).digest("hex"));
    expect(manifest.signatoryList.byteLength).toBe(csv.byteLength);
    expect(manifest.letter).toMatchObject({
      id: petition.id,
      versionId: petition.versionId,
      versionNumber: 1,
    });
    expect(manifest.exportedBy).toEqual({ id: editor.id, name: editor.name });
    expect(manifest.counts).toEqual({
      namedSigners: 3,
      confirmedTotal: 4,
      confirmedByCountry: [
        { countryCode: "DE", count: 2 },
        { countryCode: "FR", count: 1 },
        { countryCode: "RU", count: 1 },
      ],
      notableSignatories: 1,
    });
  });

  it("gives the same bytes for the same list and another hash once a named signer withdraws", async () => {
    const before = (await exportAs(editor, "csv")).listSha256;
    expect((await exportAs(editor, "csv")).listSha256).toBe(before);
    const where = { letterId: petition.id, name: "Jonas Delivery" };
    await prisma.signature.updateMany({ where, data: { status: "WITHDRAWN" } });
    try {
      expect((await exportAs(editor, "csv")).listSha256).not.toBe(before);
    } finally {
      await prisma.signature.updateMany({ where, data: { status: "CONFIRMED" } });
    }
    expect((await exportAs(editor, "csv")).listSha256).toBe(before);
  });

  it("renders a PDF with the Russian text and names", async () => {
    const file = await exportAs(editor, "pdf", "ru");
    expect(Buffer.from(file.bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(file.contentType).toBe("application/pdf");
    expect(file.filename).toMatch(/-ru\.pdf$/);
    // The fonts' ToUnicode maps list the characters drawn: Cyrillic ones must be among them
    // (a character no embedded font has would have been drawn as "?" and be missing here).
    const maps = inflatedStreams(Buffer.from(file.bytes)).filter((text) =>
      text.includes("beginbfchar"),
    );
    const mapped = maps.join("\n").toUpperCase();
    for (const char of "АнПетроваОсбдих") {
      const hex = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
      expect(mapped).toContain(`<${hex}>`);
    }
  });

  it("records who exported which file in the audit log", async () => {
    const start = new Date();
    const file = await exportAs(editor, "manifest");
    const rows = await prisma.auditLog.findMany({
      where: { action: "letter.export_delivery", entityId: petition.id, at: { gte: start } },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: editor.id });
    expect(rows[0]!.details).toMatchObject({ format: "manifest", listSha256: file.listSha256 });
  });

  it("refuses contributors", async () => {
    await expect(exportAs(contributor, "csv")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
