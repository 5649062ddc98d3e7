import "server-only";
import type { Actor } from "@/lib/auth/policy";
import {
  authorizeView,
  DASHBOARD_CONTENT_PAGE_SIZE,
  localizedName,
} from "@/lib/data/dashboard-content";
import { readKeysetPage } from "@/lib/data/keyset-page";
import type { KeysetPage, KeysetRequest } from "@/lib/data/page-window";
import { prisma } from "@/lib/db";
import type { Prisma, SourceConfidence } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { mediaFilename } from "@/lib/storage/media-files";

/** Staff reads of sources (the works citations point to) for the dashboard's Sources editor. */

export interface SourceListItem {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  confidence: SourceConfidence;
  publishedOn: Date | null;
  /** Citation rows pointing at the source (deleting is refused while there are any). */
  citations: number;
  updatedAt: Date;
}

/** Where a citation of the source sits, as the prisoner editor's tabs group them. */
export type CitationPlace =
  "profileField" | "event" | "case" | "statusChange" | "assessment" | "recognition" | "detention";

export interface SourceCitationDto {
  id: string;
  place: CitationPlace;
  prisonerId: string;
  prisonerName: string;
  /**
   * What within the profile: the event's title, the case number … ("" when none). For a
   * profile-field citation, the field's key ("status"), "" for the profile as a whole.
   */
  detail: string;
  locator: string | null;
}

export interface SourceEditorDto {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  archiveUrl: string | null;
  documentId: string | null;
  /** Whether the public profile links the document (lib/data/public-source-document.ts). */
  documentPublic: boolean;
  publishedOn: Date | null;
  accessedOn: Date | null;
  confidence: SourceConfidence;
  language: string | null;
  version: number;
  updatedAt: Date;
  citedBy: SourceCitationDto[];
}

export interface SourceDocumentOption {
  id: string;
  filename: string;
}

/**
 * The sources, newest edits first. Keyset pages (`cursor`): the list grows with every profile's
 * citations, towards 100,000 rows, where an OFFSET would read every row before a deep page.
 */
export async function listDashboardSources(
  actor: Actor,
  filters: { q?: string; cursor?: KeysetRequest },
  pageSize: number = DASHBOARD_CONTENT_PAGE_SIZE,
): Promise<{ items: SourceListItem[]; total: number; position: KeysetPage }> {
  authorizeView(actor, "source");
  const q = filters.q?.trim();
  const where: Prisma.SourceWhereInput = q
    ? {
        OR: (["title", "publisher", "url", "archiveUrl"] as const).map((column) => ({
          [column]: { contains: q, mode: "insensitive" as const },
        })),
      }
    : {};
  const { rows, page } = await readKeysetPage(
    {
      read: ({ cursor, take }) =>
        prisma.source.findMany({
          where,
          orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
          take,
          select: {
            id: true,
            title: true,
            publisher: true,
            url: true,
            confidence: true,
            publishedOn: true,
            updatedAt: true,
            _count: { select: { citations: true } },
          },
        }),
      total: () => prisma.source.count({ where }),
      countBefore: (row) =>
        prisma.source.count({
          where: {
            AND: [
              where,
              {
                OR: [
                  { updatedAt: { gt: row.updatedAt } },
                  { updatedAt: row.updatedAt, id: { lt: row.id } },
                ],
              },
            ],
          },
        }),
      idOf: (row) => row.id,
    },
    filters.cursor ?? { kind: "first" },
    pageSize,
  );
  return {
    items: rows.map(({ _count, ...row }) => ({ ...row, citations: _count.citations })),
    total: page.total,
    position: page,
  };
}

const prisonerSelect = { select: { id: true, name: true, sortName: true } } as const;

const citationSelect = {
  id: true,
  field: true,
  locator: true,
  prisoner: prisonerSelect,
  event: {
    select: {
      title: true,
      type: true,
      date: true,
      prisoners: { select: { prisoner: prisonerSelect } },
    },
  },
  case: { select: { caseNumber: true, title: true, prisoner: prisonerSelect } },
  statusChange: { select: { status: true, effectiveOn: true, prisoner: prisonerSelect } },
  criterionAssessment: { select: { criterion: true, prisoner: prisonerSelect } },
  recognition: {
    select: { organisation: { select: { name: true } }, prisoner: prisonerSelect },
  },
  detention: {
    select: { facility: { select: { name: true } }, prisoner: prisonerSelect },
  },
} as const satisfies Prisma.CitationSelect;

type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationSelect }>;
type PrisonerRow = { id: string; name: unknown; sortName: string };

function day(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** One line per prisoner the citation belongs to (an event may concern several). */
function citationPlaces(row: CitationRow, locale: Locale): SourceCitationDto[] {
  const entry = (place: CitationPlace, prisoner: PrisonerRow, detail: string) => ({
    id: `${row.id}-${prisoner.id}`,
    place,
    prisonerId: prisoner.id,
    prisonerName: localizedName(prisoner.name, locale) || prisoner.sortName,
    detail,
    locator: row.locator,
  });
  if (row.prisoner) return [entry("profileField", row.prisoner, row.field ?? "")];
  if (row.event) {
    const detail =
      localizedName(row.event.title, locale) || `${day(row.event.date)} ${row.event.type}`;
    return row.event.prisoners.map((link) => entry("event", link.prisoner, detail));
  }
  if (row.case) {
    const detail = row.case.caseNumber ?? localizedName(row.case.title, locale);
    return [entry("case", row.case.prisoner, detail)];
  }
  if (row.statusChange) {
    const { status, effectiveOn, prisoner } = row.statusChange;
    return [entry("statusChange", prisoner, [status, day(effectiveOn)].filter(Boolean).join(" "))];
  }
  if (row.criterionAssessment) {
    const { criterion, prisoner } = row.criterionAssessment;
    return [entry("assessment", prisoner, criterion)];
  }
  if (row.recognition) {
    const { organisation, prisoner } = row.recognition;
    return [entry("recognition", prisoner, localizedName(organisation.name, locale))];
  }
  if (row.detention) {
    const { facility, prisoner } = row.detention;
    return [entry("detention", prisoner, localizedName(facility.name, locale))];
  }
  return [];
}

export async function getSourceForEditor(
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<SourceEditorDto | null> {
  authorizeView(actor, "source");
  const row = await prisma.source.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      archiveUrl: true,
      documentId: true,
      documentPublic: true,
      publishedOn: true,
      accessedOn: true,
      confidence: true,
      language: true,
      version: true,
      updatedAt: true,
      citations: {
        select: citationSelect,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!row) return null;
  const { citations, ...source } = row;
  return {
    ...source,
    citedBy: citations.flatMap((citation) => citationPlaces(citation, locale)),
  };
}

/** The PDFs of the media library a source may attach as its document, newest first. */
export async function listSourceDocumentOptions(actor: Actor): Promise<SourceDocumentOption[]> {
  authorizeView(actor, "source");
  const assets = await prisma.mediaAsset.findMany({
    where: { kind: "PDF" },
    select: { id: true, kind: true, mimeType: true, originalFilename: true },
    orderBy: { createdAt: "desc" },
  });
  return assets.map((asset) => ({ id: asset.id, filename: mediaFilename(asset) }));
}
