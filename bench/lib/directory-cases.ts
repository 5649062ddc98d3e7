import { createPrismaClient } from "@/lib/postgres/client";
import { apiRoutes, crawlerRoutes, dashboardRoutes, localized, publicRoutes } from "@/lib/routes";
import type { LoadCase } from "./load-turns";

/**
 * What bench/directory.ts measures on one server: the references (a route handler with one
 * query, a file from public/), a cached profile, the directory's pages, the sitemap and two
 * dashboard lists, each a LoadCase, plus what the targets need to know about them.
 */

/** A demo profile (prisma/demo), the same in every bench database. */
const PROFILE_SLUG = "mukhtar-dzhakishev";
/** The surge: one common surname, asked for again and again. */
const REPEATED_NAME = "ivanov";
/** People drawn for the stream of different queries: more than one run can ask for. */
const STREAM_PEOPLE = 6_000;

const directory = localized("en", publicRoutes.prisoners());
const withParams = (params: Record<string, string>) =>
  `${directory}?${new URLSearchParams(params).toString()}`;

export const CASE = {
  health: "/api/health",
  staticFile: "static file (public/)",
  profile: "cached profile",
  directory: "default directory",
  repeated: `repeated ?q=${REPEATED_NAME}`,
  stream: "different queries",
  jsonStream: "JSON different queries",
  filter: "filter status+country",
  sitemap: "sitemap.xml",
  sitemapChild: "first child sitemap",
  dashboardList: "dashboard prisoners",
  dashboardReview: "dashboard review queue",
} as const;

/**
 * The filter case: its clean address, as the directory's form and links write it. The issue's
 * spelling (`status=IMPRISONED&country=kz`) is redirected there by proxy.ts, and autocannon does
 * not follow redirects.
 */
const FILTER = { status: "imprisoned", country: "kz" };
export const FILTER_PATH = withParams(FILTER);
/** The filter case's page in each locale, for its weight: Cyrillic takes two bytes a letter. */
export const FILTER_PATHS = {
  en: FILTER_PATH,
  ru: `${localized("ru", publicRoutes.prisoners())}?${new URLSearchParams(FILTER)}`,
};
export const REPEATED_PATH = withParams({ q: REPEATED_NAME });

interface Person {
  en: string;
  ru: string;
}

/**
 * Queries that differ from each other in what the search folds them to: every person's full
 * name first (Latin and Cyrillic by turns: the folding makes "Sentsov" and "Сенцов" one query),
 * then "surname given name" in the other script, then the surname alone.
 */
function queryStream(
  people: Person[],
  address: (params: Record<string, string>) => string,
): { next: () => string; distinct: () => number } {
  const reversed = (name: string) => name.split(" ").reverse().join(" ");
  const passes = [
    (person: Person, i: number) => (i % 2 === 0 ? person.en : person.ru),
    (person: Person, i: number) => reversed(i % 2 === 0 ? person.ru : person.en),
    (person: Person, i: number) => (i % 2 === 0 ? person.en : person.ru).split(" ").at(-1)!,
  ];
  const queries = passes.flatMap((pass) => people.map(pass));
  let sent = 0;
  return {
    next: () => address({ q: queries[sent++ % queries.length]! }),
    distinct: () => Math.min(sent, queries.length),
  };
}

/** Published synthetic people in a stable pseudo-random order. */
async function samplePeople(databaseUrl: string): Promise<Person[]> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    return await prisma.$queryRaw<Person[]>`
      SELECT name->>'en' AS en, name->>'ru' AS ru FROM "Prisoner"
      WHERE state = 'PUBLISHED' AND slug LIKE 'synthetic-%'
      ORDER BY md5(id) LIMIT ${STREAM_PEOPLE}`;
  } finally {
    await prisma.$disconnect();
  }
}

/** The first child sitemap's path when /sitemap.xml is a sitemap index, else null. */
async function firstChildSitemap(baseUrl: string): Promise<string | null> {
  const answer = await fetch(`${baseUrl}${crawlerRoutes.sitemap()}`);
  const xml = await answer.text();
  if (!/<sitemapindex\b/.test(xml)) return null;
  const loc = /<sitemap>\s*<loc>([^<]+)<\/loc>/.exec(xml)?.[1];
  if (!loc) return null;
  const url = new URL(loc.trim());
  return `${url.pathname}${url.search}`;
}

export interface DirectoryCases {
  cases: LoadCase[];
  /** How many different queries the streams have sent so far (page, JSON). */
  streamDistinct: () => [number, number];
  notes: string[];
}

export async function directoryCases(
  baseUrl: string,
  databaseUrl: string,
  staffCookie: string,
): Promise<DirectoryCases> {
  const people = await samplePeople(databaseUrl);
  if (people.length === 0) throw new Error("No published synthetic prisoners to search for.");
  const stream = queryStream(people, withParams);
  // The live search's JSON route (issue 17), with people from the other end of the sample so
  // that it asks what the page's stream has not cached; each request from its own address, as
  // its per-address limit is meant for one person, not for a crowd behind the bench.
  const jsonStream = queryStream(
    [...people].reverse(),
    (params) =>
      `${apiRoutes.directoryResults()}?${new URLSearchParams({ ...params, locale: "en" }).toString()}`,
  );
  const childSitemap = await firstChildSitemap(baseUrl);
  const staff = { cookie: staffCookie };
  // The order the bench measures them in, one after the other, then the reverse: the two cases
  // of each target's ratio are neighbours (cached profile and default directory; repeated query,
  // /api/health and the live search), so that a ratio compares turns measured side by side, not
  // minutes apart on a machine whose speed drifts by the minute.
  const cases: LoadCase[] = [
    { label: CASE.staticFile, path: "/vigil-mark.svg" },
    { label: CASE.profile, path: localized("en", publicRoutes.prisoner(PROFILE_SLUG)) },
    { label: CASE.directory, path: directory },
    { label: CASE.repeated, path: REPEATED_PATH },
    { label: CASE.health, path: apiRoutes.health() },
    { label: CASE.jsonStream, path: jsonStream.next, addressPerRequest: true },
    { label: CASE.stream, path: stream.next },
    { label: CASE.filter, path: FILTER_PATH },
    { label: CASE.sitemap, path: crawlerRoutes.sitemap() },
    ...(childSitemap ? [{ label: CASE.sitemapChild, path: childSitemap }] : []),
    {
      label: CASE.dashboardList,
      path: localized("en", dashboardRoutes.list("prisoner")),
      headers: staff,
    },
    {
      label: CASE.dashboardReview,
      path: localized("en", dashboardRoutes.review()),
      headers: staff,
    },
  ];
  const notes = [
    `stream: names of ${people.length.toLocaleString("en")} synthetic people, Latin and Cyrillic by turns`,
    childSitemap
      ? `/sitemap.xml is a sitemap index; its first child: ${childSitemap}`
      : "/sitemap.xml is one sitemap (no index)",
  ];
  return {
    cases,
    streamDistinct: () => [stream.distinct(), jsonStream.distinct()],
    notes,
  };
}

/** Bytes of one page's HTML (uncompressed, as autocannon asks for it). */
export async function htmlBytes(baseUrl: string, path: string): Promise<number> {
  const answer = await fetch(`${baseUrl}${path}`, { headers: { "accept-encoding": "identity" } });
  return (await answer.arrayBuffer()).byteLength;
}

/** How many published prisoners the filter case matches (a full first page needs 20). */
export async function filterMatches(databaseUrl: string): Promise<number> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    const [row] = await prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "Prisoner"
      WHERE state = 'PUBLISHED' AND status = 'IMPRISONED' AND "countryCode" = 'KZ'`;
    return Number(row?.count ?? 0);
  } finally {
    await prisma.$disconnect();
  }
}
