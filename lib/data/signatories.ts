import "server-only";
import type { Actor } from "@/lib/auth/policy";
import type { LocalizedText } from "@/lib/content-model/localized";
import { authorizeView, localizedName, localizedTextOf } from "@/lib/data/dashboard-content";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Staff reads of letters' notable signatories (the people of standing who sign a letter by name):
 * the list, one as its editor edits it. Authorised here, never cached. Their write is
 * signatory-writes.ts, their verification signatory-verification.ts; the public letter page
 * reads the verified ones through letters.ts.
 */

export interface NotableSignatoryEditorDto {
  id: string;
  letterId: string;
  letterTitle: string;
  name: string;
  office: LocalizedText;
  countryCode: string | null;
  position: number;
  verificationNote: string | null;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  version: number;
}

const signatorySelect = {
  id: true,
  letterId: true,
  name: true,
  office: true,
  countryCode: true,
  position: true,
  verificationNote: true,
  verifiedAt: true,
  verifiedBy: { select: { name: true } },
  version: true,
  letter: { select: { title: true, slug: true } },
} as const satisfies Prisma.NotableSignatorySelect;

function toSignatoryDto(
  row: Prisma.NotableSignatoryGetPayload<{ select: typeof signatorySelect }>,
  locale: Locale,
): NotableSignatoryEditorDto {
  return {
    id: row.id,
    letterId: row.letterId,
    letterTitle: localizedName(row.letter.title, locale) || row.letter.slug,
    name: row.name,
    office: localizedTextOf(row.office),
    countryCode: row.countryCode,
    position: row.position,
    verificationNote: row.verificationNote,
    verifiedAt: row.verifiedAt,
    verifiedBy: row.verifiedBy?.name ?? null,
    version: row.version,
  };
}

/** Notable signatories of one letter (or of every letter), in the letter's order. */
export async function listNotableSignatories(
  actor: Actor,
  locale: Locale,
  letterId?: string,
): Promise<NotableSignatoryEditorDto[]> {
  authorizeView(actor, "notableSignatory");
  const rows = await prisma.notableSignatory.findMany({
    where: letterId ? { letterId } : {},
    select: signatorySelect,
    orderBy: [{ letterId: "asc" }, { position: "asc" }, { name: "asc" }],
    take: 1000,
  });
  return rows.map((row) => toSignatoryDto(row, locale));
}

export async function getNotableSignatoryForEditor(
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<NotableSignatoryEditorDto | null> {
  authorizeView(actor, "notableSignatory");
  const row = await prisma.notableSignatory.findUnique({ where: { id }, select: signatorySelect });
  return row ? toSignatoryDto(row, locale) : null;
}
