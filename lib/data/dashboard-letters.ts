import "server-only";
import type { Actor } from "@/lib/auth/policy";
import {
  parseLocalizedRichText,
  type LocalizedRichText as StoredRichText,
  type LocalizedText,
} from "@/lib/content-model/localized";
import {
  authorizeView,
  localizedName,
  localizedTextOf,
  pageWindow,
  type ContentList,
  type ContentListFilters,
} from "@/lib/data/dashboard-content";
import {
  letterPageSelect,
  toLetterDto,
  type LetterDto,
  type PublicLetterState,
} from "@/lib/data/letters";
import { getConfirmedSignatureCounts } from "@/lib/data/signature-counts";
import { prisma } from "@/lib/db";
import type { LetterKind, LetterState, Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Staff reads of letters: the dashboard list, one letter as its editor edits it (with its text
 * versions) and the preview of the public page in any state. Authorised here, never cached. A
 * letter's notable signatories are signatories.ts, its deliveries letter-deliveries.ts, its
 * signatures letter-signatures.ts and letter-flagged-signatures.ts; its writes letter-writes.ts.
 */

export interface LetterListFilters extends ContentListFilters {
  state?: LetterState;
  kind?: LetterKind;
}

export interface LetterListItem {
  id: string;
  slug: string;
  kind: LetterKind;
  title: string;
  state: LetterState;
  deadline: Date | null;
  updatedAt: Date;
}

export async function listDashboardLetters(
  actor: Actor,
  filters: LetterListFilters,
  locale: Locale,
): Promise<ContentList<LetterListItem>> {
  authorizeView(actor, "letter");
  const q = filters.q?.trim();
  const where: Prisma.LetterWhereInput = {
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(q
      ? {
          OR: [
            { slug: { contains: q, mode: "insensitive" } },
            { id: { in: await letterIdsWithTitle(q) } },
          ],
        }
      : {}),
  };
  const total = await prisma.letter.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page);
  const rows = await prisma.letter.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      slug: true,
      kind: true,
      title: true,
      state: true,
      deadline: true,
      updatedAt: true,
    },
  });
  return {
    items: rows.map((row) => ({ ...row, title: localizedName(row.title, locale) || row.slug })),
    total,
    page,
    pageCount,
    pageSize: take,
  };
}

/** Titles are JSON in every language: searched as text, the pattern bound, wildcards escaped. */
async function letterIdsWithTitle(q: string): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Letter" WHERE "title"::text ILIKE ${pattern} OR "summary"::text ILIKE ${pattern}`;
  return rows.map((row) => row.id);
}

export interface LetterVersionSummary {
  id: string;
  number: number;
  createdAt: Date;
  createdBy: string | null;
  signatureCount: number;
}

export interface LetterEditorDto {
  id: string;
  slug: string;
  kind: LetterKind;
  title: LocalizedText;
  summary: LocalizedText;
  addresseeName: LocalizedText;
  addresseeOffice: LocalizedText;
  sentOn: Date | null;
  goal: number | null;
  deadline: Date | null;
  countryCodes: string[];
  prisonerIds: string[];
  currentVersionId: string | null;
  textTitle: LocalizedText;
  text: StoredRichText;
  /** A petition's milestones (lib/letter-answers), smallest first. */
  thresholds: { count: number; label: LocalizedText }[];
  versions: LetterVersionSummary[];
  state: LetterState;
  version: number;
  updatedAt: Date;
}

export async function getLetterForEditor(
  actor: Actor,
  id: string,
): Promise<LetterEditorDto | null> {
  authorizeView(actor, "letter");
  const row = await prisma.letter.findUnique({
    where: { id },
    include: {
      currentVersion: { select: { title: true, body: true } },
      countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
      prisoners: { select: { prisonerId: true } },
      thresholds: { select: { count: true, label: true }, orderBy: { count: "asc" } },
      versions: {
        select: {
          id: true,
          number: true,
          createdAt: true,
          createdBy: { select: { name: true } },
          _count: { select: { signatures: true } },
        },
        orderBy: { number: "desc" },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: localizedTextOf(row.title),
    summary: localizedTextOf(row.summary),
    addresseeName: localizedTextOf(row.addresseeName),
    addresseeOffice: localizedTextOf(row.addresseeOffice),
    sentOn: row.sentOn,
    goal: row.goal,
    deadline: row.deadline,
    countryCodes: row.countries.map((country) => country.countryCode),
    prisonerIds: row.prisoners.map((prisoner) => prisoner.prisonerId),
    currentVersionId: row.currentVersionId,
    textTitle: localizedTextOf(row.currentVersion?.title),
    text: parseLocalizedRichText(row.currentVersion?.body ?? {}),
    thresholds: row.thresholds.map((threshold) => ({
      count: threshold.count,
      label: localizedTextOf(threshold.label),
    })),
    versions: row.versions.map((version) => ({
      id: version.id,
      number: version.number,
      createdAt: version.createdAt,
      createdBy: version.createdBy?.name ?? null,
      signatureCount: version._count.signatures,
    })),
    state: row.state,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** Prisoners in any state (a draft letter may concern a draft profile), for the letter's select. */
export async function listLetterPrisonerOptions(
  actor: Actor,
  locale: Locale,
): Promise<{ id: string; name: string }[]> {
  authorizeView(actor, "letter");
  const rows = await prisma.prisoner.findMany({
    select: { id: true, name: true, sortName: true },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ id: row.id, name: localizedName(row.name, locale) || row.sortName }));
}

/** Letters to attach a notable signatory to: "Title (slug)". */
export async function listLetterOptions(
  actor: Actor,
  locale: Locale,
): Promise<{ value: string; label: string }[]> {
  authorizeView(actor, "letter");
  const rows = await prisma.letter.findMany({
    select: { id: true, slug: true, title: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    value: row.id,
    label: `${localizedName(row.title, locale) || row.slug} (${row.slug})`,
  }));
}

/**
 * The letter as its public page would show it, in any state: the public page's own select and
 * DTO mapper (lib/data/letters.ts). A draft is shown as it will look once opened.
 */
export async function getLetterPreview(
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<{ letter: LetterDto; state: LetterState } | null> {
  authorizeView(actor, "letter");
  const row = await prisma.letter.findUnique({ where: { id }, select: letterPageSelect });
  if (!row) return null;
  const counts = await getConfirmedSignatureCounts([row.id]);
  const state: PublicLetterState = row.state === "DRAFT" ? "OPEN" : row.state;
  return {
    state: row.state,
    letter: toLetterDto(row, locale, counts.get(row.id) ?? 0, state),
  };
}

/** How many signatures a letter holds in any status (a letter with signatures is never deleted). */
export async function countLetterSignatures(actor: Actor, letterId: string): Promise<number> {
  authorizeView(actor, "letter");
  return prisma.signature.count({ where: { letterId } });
}
