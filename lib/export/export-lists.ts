import "server-only";
import { CLASSIFIED_FIELDS, type DataClass } from "@/lib/auth/data-classes";
import type { Actor, Resource } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import {
  classified,
  prisonerInternalColumns,
  prisonerInternalQuery,
  type WithPrisonerInternal,
} from "@/lib/export/classified-columns";
import type { ExportListName } from "@/lib/export/export-list-names";
import { localizedColumns } from "@/lib/export/localized-columns";
import { REFERENCE_EXPORT_LISTS } from "@/lib/export/reference-exports";
import { formatPartialDate } from "@/lib/validation/partial-date";

/**
 * The lists the dashboard exports (GET /api/dashboard/export/<list>?format=csv|json), each with
 * its columns and the permission it needs (the names are in export-list-names.ts; the reference
 * types' lists are made from their descriptors in reference-exports.ts). Column names match the CSV importer's where they
 * overlap (name_en, sort_name, country_code …), so an export can be edited and imported again.
 *
 * Never exported: password hashes and other account data, signers' e-mail addresses, the keyed IP
 * hashes of public reports, rich-text bodies (biographies, articles: their JSON is for the
 * editor, not a spreadsheet). Non-public columns are exported only when asked for (`internal=1`),
 * each by the permission of its data class (lib/auth/data-classes.ts):
 * - internal (a prisoner's working notes): every staff role (`viewInternal`);
 * - sensitive (a prisoner's family and lawyer contacts and consent notes, the contact a member of
 *   the public left with an inaccuracy report): editors and administrators (`viewSensitive`),
 *   after a recent password confirmation, with the row count in the audit log (export-stream.ts).
 */

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => unknown;
  /** The column's data class; public when absent. */
  dataClass?: Exclude<DataClass, "public">;
}

export interface ExportOptions {
  /** Include non-public columns where the list has them and the role may read their class. */
  internal: boolean;
  /** Only items in this workflow state (lists that have one). */
  state?: string;
}

/** What a batch reads: the options, and the classes of the columns actually exported. */
export interface ExportRead extends ExportOptions {
  classes: ReadonlySet<DataClass>;
}

export interface ExportList<Row> {
  /** The resource `can(actor, "export", …)` is asked about. */
  resource: Resource;
  /** The action asked; "export" except where the policy has none (see inaccuracy reports). */
  action: "export" | "view";
  columns(actor: Actor, options: ExportOptions): ExportColumn<Row>[];
  /** One batch after `cursor` (exclusive), in a stable order. */
  batch(cursor: string | null, take: number, read: ExportRead): Promise<Row[]>;
  /** How many rows the export holds, for the audit row of an export with sensitive columns. */
  count?(options: ExportOptions): Promise<number>;
  cursorOf(row: Row): string;
}

const after = (cursor: string | null) => (cursor ? { id: { gt: cursor } } : {});
const PUBLICATION_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"];
const LETTER_STATES = ["DRAFT", "OPEN", "CLOSED", "DELIVERED", "ARCHIVED"];
function stateFilter(state: string | undefined, allowed: string[]) {
  return state && allowed.includes(state) ? { state: state as never } : {};
}

type PrisonerRow = Awaited<ReturnType<typeof prisma.prisoner.findMany>>[number] &
  WithPrisonerInternal;

const prisoners: ExportList<PrisonerRow> = {
  resource: { type: "prisoner" },
  action: "export",
  columns(actor, options) {
    const columns: ExportColumn<PrisonerRow>[] = [
      { header: "id", value: (p) => p.id },
      { header: "slug", value: (p) => p.slug },
      { header: "state", value: (p) => p.state },
      ...localizedColumns<PrisonerRow>("name", (p) => p.name),
      { header: "sort_name", value: (p) => p.sortName },
      { header: "gender", value: (p) => p.gender },
      { header: "birth_year", value: (p) => p.birthYear },
      { header: "birth_date", value: (p) => p.birthDate && formatPartialDate(p.birthDate, "DAY") },
      { header: "citizenships", value: (p) => p.citizenships },
      { header: "country_code", value: (p) => p.countryCode },
      ...localizedColumns<PrisonerRow>("region", (p) => p.region),
      { header: "roles", value: (p) => p.roles },
      ...localizedColumns<PrisonerRow>("occupation", (p) => p.occupation),
      { header: "status", value: (p) => p.status },
      {
        header: "status_since",
        value: (p) => p.statusSince && formatPartialDate(p.statusSince, p.statusSincePrecision),
      },
      {
        header: "arrested_on",
        value: (p) => p.arrestedOn && formatPartialDate(p.arrestedOn, p.arrestedOnPrecision),
      },
      ...localizedColumns<PrisonerRow>("summary", (p) => p.summary),
      { header: "redacted_fields", value: (p) => p.redactedFields },
      { header: "photo_id", value: (p) => p.photoId },
      { header: "published_at", value: (p) => p.publishedAt },
      { header: "last_reviewed_at", value: (p) => p.lastReviewedAt },
      { header: "version", value: (p) => p.version },
      { header: "created_at", value: (p) => p.createdAt },
      { header: "updated_at", value: (p) => p.updatedAt },
    ];
    return [...columns, ...classified(actor, options, "prisoner", prisonerInternalColumns)];
  },
  batch: (cursor, take, read) =>
    prisma.prisoner.findMany({
      where: { ...after(cursor), ...stateFilter(read.state, PUBLICATION_STATES) },
      orderBy: { id: "asc" },
      take,
      // Internal fields are not even read unless they are exported.
      ...prisonerInternalQuery(read.classes),
    }) as Promise<PrisonerRow[]>,
  count: (options) =>
    prisma.prisoner.count({ where: stateFilter(options.state, PUBLICATION_STATES) }),
  cursorOf: (p) => p.id,
};

type PublicationRow = Awaited<ReturnType<typeof prisma.publication.findMany>>[number];
const publications: ExportList<PublicationRow> = {
  resource: { type: "publication" },
  action: "export",
  columns: () => [
    { header: "id", value: (p) => p.id },
    { header: "slug", value: (p) => p.slug },
    { header: "type", value: (p) => p.type },
    { header: "state", value: (p) => p.state },
    ...localizedColumns<PublicationRow>("title", (p) => p.title),
    ...localizedColumns<PublicationRow>("summary", (p) => p.summary),
    { header: "published_on", value: (p) => p.publishedOn && formatPartialDate(p.publishedOn) },
    { header: "cover_image_id", value: (p) => p.coverImageId },
    { header: "published_at", value: (p) => p.publishedAt },
    { header: "version", value: (p) => p.version },
    { header: "created_at", value: (p) => p.createdAt },
    { header: "updated_at", value: (p) => p.updatedAt },
  ],
  batch: (cursor, take, options) =>
    prisma.publication.findMany({
      where: { ...after(cursor), ...stateFilter(options.state, PUBLICATION_STATES) },
      orderBy: { id: "asc" },
      take,
      omit: { body: true },
    }) as Promise<PublicationRow[]>,
  cursorOf: (p) => p.id,
};

type LetterRow = Awaited<ReturnType<typeof prisma.letter.findMany>>[number];
const letters: ExportList<LetterRow> = {
  resource: { type: "letter" },
  action: "export",
  columns: () => [
    { header: "id", value: (l) => l.id },
    { header: "slug", value: (l) => l.slug },
    { header: "kind", value: (l) => l.kind },
    { header: "state", value: (l) => l.state },
    ...localizedColumns<LetterRow>("title", (l) => l.title),
    ...localizedColumns<LetterRow>("summary", (l) => l.summary),
    ...localizedColumns<LetterRow>("addressee_name", (l) => l.addresseeName),
    ...localizedColumns<LetterRow>("addressee_office", (l) => l.addresseeOffice),
    { header: "sent_on", value: (l) => l.sentOn && formatPartialDate(l.sentOn) },
    { header: "goal", value: (l) => l.goal },
    { header: "deadline", value: (l) => l.deadline },
    { header: "published_at", value: (l) => l.publishedAt },
    { header: "version", value: (l) => l.version },
    { header: "created_at", value: (l) => l.createdAt },
    { header: "updated_at", value: (l) => l.updatedAt },
  ],
  batch: (cursor, take, options) =>
    prisma.letter.findMany({
      where: { ...after(cursor), ...stateFilter(options.state, LETTER_STATES) },
      orderBy: { id: "asc" },
      take,
    }),
  cursorOf: (l) => l.id,
};

const sourceQuery = { include: { _count: { select: { citations: true } } } } as const;
type SourceRow = Awaited<ReturnType<typeof prisma.source.findMany<typeof sourceQuery>>>[number];
const sources: ExportList<SourceRow> = {
  resource: { type: "source" },
  action: "export",
  columns: () => [
    { header: "id", value: (s) => s.id },
    { header: "title", value: (s) => s.title },
    { header: "publisher", value: (s) => s.publisher },
    { header: "url", value: (s) => s.url },
    { header: "archive_url", value: (s) => s.archiveUrl },
    { header: "document_id", value: (s) => s.documentId },
    { header: "document_public", value: (s) => s.documentPublic },
    { header: "published_on", value: (s) => s.publishedOn && formatPartialDate(s.publishedOn) },
    { header: "accessed_on", value: (s) => s.accessedOn && formatPartialDate(s.accessedOn) },
    { header: "confidence", value: (s) => s.confidence },
    { header: "language", value: (s) => s.language },
    { header: "citations", value: (s) => s._count.citations },
    { header: "version", value: (s) => s.version },
    { header: "updated_at", value: (s) => s.updatedAt },
  ],
  batch: (cursor, take) =>
    prisma.source.findMany({ where: after(cursor), orderBy: { id: "asc" }, take, ...sourceQuery }),
  cursorOf: (s) => s.id,
};

// The contact is omitted here and selected only when it is exported (batch below).
const reportQuery = {
  omit: { ipHash: true, contact: true },
  include: {
    prisoner: { select: { slug: true } },
    assignee: { select: { email: true } },
  },
} as const;
type ReportRow = Awaited<
  ReturnType<typeof prisma.inaccuracyReport.findMany<typeof reportQuery>>
>[number] & { contact?: string | null };
const inaccuracyReports: ExportList<ReportRow> = {
  resource: { type: "inaccuracyReport" },
  action: "export",
  columns(actor, options) {
    const columns: ExportColumn<ReportRow>[] = [
      { header: "id", value: (r) => r.id },
      { header: "prisoner_id", value: (r) => r.prisonerId },
      { header: "prisoner_slug", value: (r) => r.prisoner.slug },
      { header: "status", value: (r) => r.status },
      { header: "message", value: (r) => r.message },
      { header: "source_url", value: (r) => r.sourceUrl },
      { header: "locale", value: (r) => r.locale },
      { header: "assignee", value: (r) => r.assignee?.email },
      { header: "resolution", value: (r) => r.resolution },
      { header: "created_at", value: (r) => r.createdAt },
      { header: "resolved_at", value: (r) => r.resolvedAt },
    ];
    const contact = classified(actor, options, "inaccuracyReport", [
      {
        header: "contact",
        value: (r: ReportRow) => r.contact,
        dataClass: CLASSIFIED_FIELDS.InaccuracyReport.contact,
      },
    ]);
    columns.splice(6, 0, ...contact);
    return columns;
  },
  batch: (cursor, take, read) =>
    prisma.inaccuracyReport.findMany({
      where: after(cursor),
      orderBy: { id: "asc" },
      take,
      ...reportQuery,
      omit: { ipHash: true, contact: !read.classes.has("sensitive") },
    }),
  count: () => prisma.inaccuracyReport.count(),
  cursorOf: (r) => r.id,
};

// Each list's rows have their own type; the registry erases it (the stream only passes rows from
// a list's batch to the same list's columns).
export const EXPORT_LIST_DEFINITIONS = {
  prisoners,
  publications,
  letters,
  ...REFERENCE_EXPORT_LISTS,
  sources,
  "inaccuracy-reports": inaccuracyReports,
} as unknown as Record<ExportListName, ExportList<unknown>>;
