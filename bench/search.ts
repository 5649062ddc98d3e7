/**
 * Server-side speed of the prisoner directory (search, filters, orders) at 1,000 and at 100,000
 * synthetic prisoners, in one run on a throw-away database:
 *
 *   npm run bench:search                (-- --samples 60 for more samples per query kind)
 *   npm run bench:search -- --url postgres://…/vigil    (measure a database seeded already, as is)
 *
 * It migrates and seeds the database, adds synthetic prisoners up to 1,000, measures, adds more up
 * to 100,000, measures again, and prints p50/p95/max per query kind side by side. Each sample is
 * one call of searchPublishedPrisoners (the page of results and its total, as the directory page
 * asks for them, uncached), with inputs drawn from the synthetic names so that no two samples are
 * the same query. The budget is a p95 under 100 ms for every kind. The kinds include those of
 * bench:directory's stream of different queries (a full name, "surname given name" in the other
 * script, a surname alone), a surname that hundreds share, a typo and a name that matches nobody
 * (similarity fallback, then the "did you mean" suggestion), so that its figures can be read
 * query kind by query kind.
 *
 * Before measuring, the database is vacuumed and analysed, as autovacuum leaves a production
 * database after a bulk import. `--conditions=react-server` lets lib/data's `server-only` load.
 */
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/postgres/client";
import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { searchPublishedPrisoners } from "@/lib/data/prisoner-directory";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DirectoryQuery } from "@/lib/search/directory-params";
import { parseDirectoryQuery } from "@/lib/validation/directory-query";
import { generateSyntheticPrisoners } from "@/scripts/synthetic";

const { values } = parseArgs({
  options: {
    samples: { type: "string", default: "40" },
    small: { type: "string", default: "1000" },
    large: { type: "string", default: "100000" },
    url: { type: "string" },
  },
});
const SAMPLES = Number(values.samples);
const SIZES = [Number(values.small), Number(values.large)];
const WARM_UP = 5;
const BUDGET_MS = 100;

interface Person {
  en: string;
  ru: string;
  /** Latin surname. */
  surname: string;
  country: string;
}

type Kind = { label: string; query: (person: Person, index: number) => DirectoryQuery };

/** A query as the page would parse it from its address. */
const q = (params: Record<string, string>) => parseDirectoryQuery(params);

/** A typing error: two inner letters swapped, or one left out, by turns. */
function misspell(word: string, index: number): string {
  if (word.length < 5) return `${word}${word.at(-1)}`;
  const at = 1 + (index % (word.length - 3));
  return index % 2 === 0
    ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    : word.slice(0, at) + word.slice(at + 1);
}

const STATUSES = ["imprisoned", "pretrial-detention", "released", "detained", "in-exile"];
const COUNTRIES = ["ru", "kz", "by"];

/** "Surname Given" as bench:directory's stream sends it, in Cyrillic and Latin by turns. */
const reversedName = (person: Person, index: number) =>
  (index % 2 === 0 ? person.ru : person.en).split(" ").reverse().join(" ");

/** Surnames that hundreds of the synthetic people share, with their feminine forms (prefix). */
const COMMON_SURNAMES = ["ivanov", "иванов", "popov", "попов", "sukhanov", "суханов"];

const KINDS: Kind[] = [
  { label: "exact name", query: (person) => q({ q: person.en }) },
  { label: "reversed name", query: (person, i) => q({ q: reversedName(person, i) }) },
  {
    label: "surname alone",
    query: (person, i) => q({ q: (i % 2 === 0 ? person.en : person.ru).split(" ").at(-1)! }),
  },
  {
    label: "common surname",
    query: (_, i) => q({ q: COMMON_SURNAMES[i % COMMON_SURNAMES.length]! }),
  },
  { label: "nobody", query: (person, i) => q({ q: `${person.surname.slice(0, 2)}qzx${i}w` }) },
  { label: "prefix", query: (person, i) => q({ q: person.surname.slice(0, 3 + (i % 3)) }) },
  { label: "other-script name", query: (person) => q({ q: person.ru }) },
  { label: "typo", query: (person, i) => q({ q: misspell(person.surname, i) }) },
  {
    label: "filter only (country+status)",
    query: (_, i) =>
      q({ country: COUNTRIES[i % 3]!, status: STATUSES[Math.floor(i / 3) % STATUSES.length]! }),
  },
  {
    label: "search+filter",
    query: (person, i) =>
      q({ q: person.surname, country: person.country, ...(i % 2 ? { status: "detained" } : {}) }),
  },
  {
    label: "sort by time in detention",
    query: (_, i) =>
      q({ sort: "detention", page: String(1 + (i % 3)), ...(i % 2 ? { country: "kz" } : {}) }),
  },
];

/** Published synthetic people in a stable pseudo-random order, to draw inputs from. */
async function samplePeople(prisma: PrismaClient, count: number): Promise<Person[]> {
  const rows = await prisma.$queryRaw<
    { en: string; ru: string; sortName: string; country: string }[]
  >`
    SELECT name->>'en' AS en, name->>'ru' AS ru, "sortName", lower("countryCode") AS country
    FROM "Prisoner"
    WHERE state = 'PUBLISHED' AND slug LIKE 'synthetic-%'
    ORDER BY md5(id) LIMIT ${count}`;
  return rows.map((row) => ({ ...row, surname: row.sortName.split(" ")[0]! }));
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

interface Figures {
  p50: number;
  p95: number;
  max: number;
}

async function measure(prisma: PrismaClient): Promise<Map<string, Figures>> {
  const people = await samplePeople(prisma, WARM_UP + SAMPLES);
  const figures = new Map<string, Figures>();
  for (const kind of KINDS) {
    const times: number[] = [];
    for (let index = 0; index < WARM_UP + SAMPLES; index++) {
      const person = people[index % people.length]!;
      const query = kind.query(person, index);
      const started = performance.now();
      await searchPublishedPrisoners(query, "en", prisma);
      if (index >= WARM_UP) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    figures.set(kind.label, {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1)!,
    });
  }
  return figures;
}

function printTable(results: { size: number; figures: Map<string, Figures> }[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(7);
  const width = Math.max(...KINDS.map((kind) => kind.label.length));
  const header = results
    .map(({ size }) => `${size.toLocaleString("en")} prisoners`.padEnd(24))
    .join(" | ");
  console.log(`\n${"query kind".padEnd(width)} | ${header}`);
  console.log(
    `${"".padEnd(width)} | ${results.map(() => "    p50     p95     max").join(" | ")}   (ms)`,
  );
  for (const kind of KINDS) {
    const cells = results.map(({ figures }) => {
      const f = figures.get(kind.label)!;
      return `${ms(f.p50)} ${ms(f.p95)} ${ms(f.max)}`;
    });
    const overBudget = results.some(({ figures }) => figures.get(kind.label)!.p95 >= BUDGET_MS);
    console.log(
      `${kind.label.padEnd(width)} | ${cells.join(" | ")}${overBudget ? "  ✗ over budget" : ""}`,
    );
  }
  console.log(
    `\n${SAMPLES} samples per kind after ${WARM_UP} warm-up queries; budget: p95 < ${BUDGET_MS} ms.`,
  );
}

if (values.url) {
  // A database seeded already (bench:directory's .data/bench-directory-<N>, say): measured as it
  // is, without seeding or vacuuming it.
  const prisma = createPrismaClient(values.url);
  try {
    const [row] = await prisma.$queryRaw<{ size: number }[]>`
      SELECT count(*)::int AS size FROM "Prisoner" WHERE slug LIKE 'synthetic-%'`;
    const size = row?.size ?? 0;
    console.log(`Measuring ${size.toLocaleString("en")} synthetic prisoners at ${values.url}…`);
    printTable([{ size, figures: await measure(prisma) }]);
  } finally {
    await prisma.$disconnect();
  }
  process.exit(0);
}

const database = await openThrowawayDatabase("search_bench");
const prisma = createPrismaClient(database.url);
try {
  console.log(`Database: ${database.description}`);
  await migrateAndSeedIfEmpty(database.url);
  const results: { size: number; figures: Map<string, Figures> }[] = [];
  let present = 0;
  for (const size of SIZES) {
    await generateSyntheticPrisoners(prisma, size - present, (line) => console.log(`  ${line}`));
    present = size;
    await prisma.$executeRawUnsafe("VACUUM ANALYZE");
    console.log(`Measuring at ${size.toLocaleString("en")} synthetic prisoners…`);
    results.push({ size, figures: await measure(prisma) });
  }
  printTable(results);
} finally {
  await prisma.$disconnect();
  await database.close();
}
