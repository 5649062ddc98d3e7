import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { richTextToPlainText } from "@/lib/content-model/rich-text";
import { prisma } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { Prisma, type SignatureVisibility } from "@/lib/generated/prisma/client";
import { resolveLocalizedRichText, resolveLocalizedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Everything a delivery export carries, read once in one REPEATABLE READ transaction so that the
 * named list, the counts and the hash in the manifest all describe the same moment even while
 * people keep signing.
 */

/** Signers who asked to be named in the delivered letter (PUBLIC is named there too). */
export const NAMED_IN_DELIVERY: readonly SignatureVisibility[] = ["PUBLIC", "DELIVERY_ONLY"];

/** A confirmed signer as the delivered list names them. Never the e-mail address. */
export interface DeliverySigner {
  name: string;
  countryCode: string;
  city: string | null;
  organisation: string | null;
  title: string | null;
  confirmedAt: string;
}

export interface DeliveryNotableSignatory {
  name: string;
  office: string | null;
  countryCode: string | null;
  verified: boolean;
}

export interface DeliverySnapshot {
  locale: Locale;
  letter: {
    id: string;
    slug: string;
    title: string;
    addresseeName: string;
    addresseeOffice: string | null;
    versionId: string;
    versionNumber: number;
    versionTitle: string | null;
    /** The current version's text in the chosen locale (English when it has none), as plain text. */
    text: string;
  };
  notableSignatories: DeliveryNotableSignatory[];
  /** In the order they confirmed (oldest first, then by id), so that a re-export is identical. */
  signers: DeliverySigner[];
  /** All confirmed signatures, named or not, by country code (largest first). */
  confirmedByCountry: { countryCode: string; count: number }[];
  confirmedTotal: number;
}

export async function readDeliverySnapshot(
  actor: Actor,
  letterId: string,
  locale: Locale,
): Promise<DeliverySnapshot> {
  if (!can(actor, "exportDelivery", { type: "signature" })) {
    throw new ForbiddenError("exportDelivery", "signature");
  }
  return prisma.$transaction(
    async (tx) => {
      const letter = await tx.letter.findUnique({
        where: { id: letterId },
        select: {
          id: true,
          slug: true,
          title: true,
          addresseeName: true,
          addresseeOffice: true,
          currentVersion: { select: { id: true, number: true, title: true, body: true } },
          // Only names staff have verified go to the addressee.
          notableSignatories: {
            where: { verifiedAt: { not: null } },
            select: { name: true, office: true, countryCode: true, verifiedAt: true },
            orderBy: [{ position: "asc" }, { name: "asc" }],
          },
        },
      });
      if (!letter) throw new NotFoundError("Letter", letterId);
      if (!letter.currentVersion) throw new NotFoundError("LetterVersion", letterId);
      const [signers, byCountry] = await Promise.all([
        tx.signature.findMany({
          where: {
            letterId,
            status: "CONFIRMED",
            visibility: { in: [...NAMED_IN_DELIVERY] },
            name: { not: null },
          },
          select: {
            name: true,
            countryCode: true,
            city: true,
            organisation: true,
            title: true,
            confirmedAt: true,
          },
          orderBy: [{ confirmedAt: "asc" }, { id: "asc" }],
        }),
        tx.signature.groupBy({
          by: ["countryCode"],
          where: { letterId, status: "CONFIRMED" },
          _count: { _all: true },
        }),
      ]);
      const version = letter.currentVersion;
      const body = resolveLocalizedRichText(version.body, locale);
      const confirmedByCountry = byCountry
        .map((row) => ({ countryCode: row.countryCode, count: row._count._all }))
        .sort((a, b) => b.count - a.count || a.countryCode.localeCompare(b.countryCode));
      return {
        locale,
        letter: {
          id: letter.id,
          slug: letter.slug,
          title: resolveLocalizedText(letter.title, locale)?.text ?? letter.slug,
          addresseeName: resolveLocalizedText(letter.addresseeName, locale)?.text ?? "",
          addresseeOffice: resolveLocalizedText(letter.addresseeOffice, locale)?.text ?? null,
          versionId: version.id,
          versionNumber: version.number,
          versionTitle: resolveLocalizedText(version.title, locale)?.text ?? null,
          text: body ? richTextToPlainText(body.doc) : "",
        },
        notableSignatories: letter.notableSignatories.map((signatory) => ({
          name: signatory.name,
          office: resolveLocalizedText(signatory.office, locale)?.text ?? null,
          countryCode: signatory.countryCode,
          verified: signatory.verifiedAt !== null,
        })),
        signers: signers.map((signer) => ({
          name: signer.name!,
          countryCode: signer.countryCode,
          city: signer.city,
          organisation: signer.organisation,
          title: signer.title,
          // Confirmed rows always have it; the fallback only keeps the type honest.
          confirmedAt: (signer.confirmedAt ?? new Date(0)).toISOString(),
        })),
        confirmedByCountry,
        confirmedTotal: confirmedByCountry.reduce((sum, row) => sum + row.count, 0),
      };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
}
