import "server-only";
import { prisma } from "@/lib/db";
import { resolveLocalizedText } from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import {
  NAME_KINDS,
  type NameBook,
  type NameKind,
  type NameRequest,
} from "@/lib/data/history-references";

/**
 * Names of the rows that revisions and audit entries point at by id (a facility, an article, a
 * source ...), for the history and audit views, which show names, never ids. Not exported to
 * pages: revisions.ts and audit-log.ts call it after their own policy check.
 */
/** Bounds one page's lookup: a diff or an audit page names a few dozen rows, not thousands. */
const MAX_IDS_PER_KIND = 500;

type Named = { id: string; name: string };

function text(value: unknown, locale: Locale): string {
  return resolveLocalizedText(value, locale)?.text ?? "";
}

/** One query per kind asked for (at most NAME_KINDS.length per page, run side by side). */
const READERS: Record<NameKind, (ids: string[], locale: Locale) => Promise<Named[]>> = {
  facility: async (ids, locale) =>
    (
      await prisma.facility.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((row) => ({ id: row.id, name: text(row.name, locale) })),
  article: async (ids) =>
    (
      await prisma.criminalCodeArticle.findMany({
        where: { id: { in: ids } },
        select: { id: true, code: true, article: true, part: true },
      })
    ).map((row) => ({
      id: row.id,
      name: [row.code, row.article, row.part].filter(Boolean).join(" "),
    })),
  country: async (ids, locale) =>
    (
      await prisma.country.findMany({
        where: { code: { in: ids } },
        select: { code: true, name: true },
      })
    ).map((row) => ({ id: row.code, name: text(row.name, locale) || row.code })),
  tag: async (ids, locale) =>
    (
      await prisma.tag.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    ).map((row) => ({ id: row.id, name: text(row.name, locale) })),
  source: async (ids) =>
    prisma.source
      .findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })
      .then((rows) => rows.map((row) => ({ id: row.id, name: row.title }))),
  organisation: async (ids, locale) =>
    (
      await prisma.organisation.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((row) => ({ id: row.id, name: text(row.name, locale) })),
  affiliation: async (ids, locale) =>
    (
      await prisma.affiliation.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((row) => ({ id: row.id, name: text(row.name, locale) })),
  media: async (ids, locale) =>
    (
      await prisma.mediaAsset.findMany({
        where: { id: { in: ids } },
        select: { id: true, originalFilename: true, alt: true, mimeType: true },
      })
    ).map((row) => ({
      id: row.id,
      name: row.originalFilename || text(row.alt, locale) || row.mimeType,
    })),
  case: async (ids, locale) =>
    (
      await prisma.case.findMany({
        where: { id: { in: ids } },
        select: { id: true, caseNumber: true, title: true },
      })
    ).map((row) => ({ id: row.id, name: text(row.title, locale) || row.caseNumber || "" })),
  prisoner: async (ids, locale) =>
    (
      await prisma.prisoner.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((row) => ({ id: row.id, name: text(row.name, locale) })),
  publication: async (ids, locale) =>
    (
      await prisma.publication.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true },
      })
    ).map((row) => ({ id: row.id, name: text(row.title, locale) })),
  letter: async (ids, locale) =>
    (
      await prisma.letter.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true },
      })
    ).map((row) => ({ id: row.id, name: text(row.title, locale) })),
  notableSignatory: async (ids) =>
    prisma.notableSignatory
      .findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
      .then((rows) => rows.map((row) => ({ id: row.id, name: row.name }))),
  user: async (ids) =>
    prisma.user
      .findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })
      .then((rows) => rows.map((row) => ({ id: row.id, name: row.name || row.email }))),
};

/**
 * The names of the requested rows in the page's locale. A row that exists but has no name in
 * any language is found with an empty name (the view says "untitled"); a row that is gone is
 * absent (the view says "deleted item").
 */
export async function resolveNames(request: NameRequest, locale: Locale): Promise<NameBook> {
  const kinds = NAME_KINDS.filter((kind) => request[kind]);
  const found = await Promise.all(
    kinds.map(async (kind) => {
      const ids = [...new Set(request[kind])].filter(Boolean).slice(0, MAX_IDS_PER_KIND);
      const rows = ids.length > 0 ? await READERS[kind](ids, locale) : [];
      return [kind, Object.fromEntries(rows.map((row) => [row.id, row.name]))] as const;
    }),
  );
  return Object.fromEntries(found) as NameBook;
}
