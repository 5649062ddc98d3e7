/**
 * What nginx, a second instance and the Redis cache cost and give, in one run on this machine:
 * a cached profile, directory searches and sign-form submissions, through nginx in front of one
 * and of two instances (GETs with and without nginx's micro-cache), and to one instance directly
 * with the Redis cache and with the local cache of a single server, beside a static file nginx
 * serves itself. Then the count check: every acknowledged signature stored exactly once.
 *
 *   npm run bench:cluster   (-- --seconds 10 for longer turns, -- --rounds 4 for more of them,
 *                            -- --connections 20, -- --prisoners 1000, -- --rebuild)
 *
 * With the defaults (2 turns of 5 s per case) it takes about 5 minutes after the build (the build
 * about 4 more, when one is needed).
 *
 * One throw-away PostgreSQL with the demo content and 1,000 synthetic prisoners (scripts/synthetic.ts:
 * the directory search has something to search), one Redis, one production build in
 * .next-bench-cluster (reused while made from the same sources for the same origin, as the
 * cluster test's is), three instances (A and B on Redis, L with the local cache) and two nginx
 * (deploy/nginx.conf) in front of A, and of A and B: bench/lib/bench-cluster.ts.
 *
 * - Without the micro-cache: the same nginx, with a cookie on every request (`vigil-bench=1`),
 *   which makes nginx pass the request on and store nothing, as it does for a signed-in editor.
 *   The probe before the turns prints what nginx said (X-Micro-Cache: HIT or BYPASS).
 * - Directory search: six queries in turn (names in both scripts, a prefix, a typo, filters).
 * - Sign: each submission from its own loopback address on a new connection
 *   (bench/lib/cluster-load.ts), so the GET cases ride keep-alive connections and the sign cases
 *   do not, as in real life; compare sign cases with each other.
 * - "1 conn": a single connection, one request at a time: the time one cached profile takes from
 *   Redis and from the local cache, with no queueing in it (lib/cache/README.md).
 *
 * The machine's speed drifts by a fifth from one minute to the next, so every case runs in short
 * turns, all cases in one order and then in the reverse one (A, B … B, A), after one 2 s warm-up
 * each. Two cores: a second instance cannot double anything; the point is that nothing is lost
 * and that the figures show what nginx and Redis cost.
 */
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/postgres/client";
import { openThrowawayDatabase } from "@/lib/postgres/database";
import { migrateAndSeedIfEmpty } from "@/lib/postgres/setup";
import { localized, publicRoutes } from "@/lib/routes";
import { generateSyntheticPrisoners } from "@/scripts/synthetic";
import {
  BENCH_CLUSTER_PUBLIC_URL,
  startBenchCluster,
  type BenchCluster,
} from "./lib/bench-cluster";
import { ensureBenchClusterBuild } from "./lib/cluster-bench-build";
import {
  acknowledged,
  measureGets,
  measureSigns,
  type SignForm,
  type Turn,
} from "./lib/cluster-load";
import { figuresOf, printClusterTable } from "./lib/cluster-table";

const DIST_DIR = ".next-bench-cluster";
const PETITION = "demo-petition-free-kazakhstans-political-prisoners";
const PROFILE = localized("en", publicRoutes.prisoner("mukhtar-dzhakishev"));
const DIRECTORY = localized("en", publicRoutes.prisoners());
const SEARCHES = [
  "q=ivanov",
  `q=${encodeURIComponent("петров")}`,
  "q=kuz",
  "q=smirnv",
  "country=ru&status=detained",
  "sort=detention&page=2&country=kz",
].map((query) => `${DIRECTORY}?${query}`);
/** Any cookie makes nginx bypass its micro-cache (deploy/nginx.conf); the app ignores this one. */
const NO_MICRO_CACHE = { cookie: "vigil-bench=1" };
const STATIC_LABEL = "static file (nginx itself)";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "2" },
    connections: { type: "string", default: "20" },
    prisoners: { type: "string", default: "1000" },
    rebuild: { type: "boolean", default: false },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);

interface Case {
  label: string;
  /** The same requests to instance L directly (one instance, local cache), for the last column. */
  baseline?: string;
  run(seconds: number): Promise<Turn>;
}

function cases(urls: BenchCluster["urls"], signForm: (base: string) => SignForm): Case[] {
  const gets = (base: string, paths: readonly string[], extra: object = {}) => ({
    run: (turnSeconds: number) =>
      measureGets({ base, paths, seconds: turnSeconds, connections, ...extra }),
  });
  const pages = [
    { name: "profile", paths: [PROFILE] },
    { name: "search", paths: SEARCHES },
  ];
  const list: Case[] = [{ label: STATIC_LABEL, ...gets(urls.nginxOne, ["/vigil-mark.svg"]) }];
  for (const { name, paths } of pages) {
    const baseline = `${name}: 1 instance direct, local cache`;
    list.push(
      { label: `${name}: nginx→1, micro-cache`, baseline, ...gets(urls.nginxOne, paths) },
      { label: `${name}: nginx→2, micro-cache`, baseline, ...gets(urls.nginxTwo, paths) },
      {
        label: `${name}: nginx→1, no micro-cache`,
        baseline,
        ...gets(urls.nginxOne, paths, { headers: NO_MICRO_CACHE }),
      },
      {
        label: `${name}: nginx→2, no micro-cache`,
        baseline,
        ...gets(urls.nginxTwo, paths, { headers: NO_MICRO_CACHE }),
      },
      {
        label: `${name}: 1 instance direct, Redis cache`,
        baseline,
        ...gets(urls.instanceA, paths),
      },
      { label: baseline, baseline, ...gets(urls.instanceLocal, paths) },
    );
  }
  const signBaseline = "sign: 1 instance direct, local cache";
  const signs = (base: string) => ({
    run: (turnSeconds: number) =>
      measureSigns({ form: signForm(base), seconds: turnSeconds, connections }),
  });
  list.push(
    { label: "sign: nginx→1", baseline: signBaseline, ...signs(urls.nginxOne) },
    { label: "sign: nginx→2", baseline: signBaseline, ...signs(urls.nginxTwo) },
    {
      label: "sign: 1 instance direct, Redis cache",
      baseline: signBaseline,
      ...signs(urls.instanceA),
    },
    { label: signBaseline, baseline: signBaseline, ...signs(urls.instanceLocal) },
  );
  const oneBaseline = "profile 1 conn: direct, local cache";
  const oneAtATime = (base: string) => ({
    run: (turnSeconds: number) =>
      measureGets({ base, paths: [PROFILE], seconds: turnSeconds, connections: 1 }),
  });
  list.push(
    {
      label: "profile 1 conn: direct, Redis cache",
      baseline: oneBaseline,
      ...oneAtATime(urls.instanceA),
    },
    { label: oneBaseline, baseline: oneBaseline, ...oneAtATime(urls.instanceLocal) },
  );
  return list;
}

/** What nginx said about the micro-cache for the profile, with and without the bench's cookie. */
async function probeMicroCache(nginx: string): Promise<string> {
  const status = async (headers: Record<string, string>) => {
    const response = await fetch(`${nginx}${PROFILE}`, { headers });
    await response.body?.cancel();
    return `${response.status} ${response.headers.get("x-micro-cache") ?? "(no X-Micro-Cache)"}`;
  };
  await status({});
  return `micro-cache probe: plain GET → ${await status({})}; with the cookie → ${await status(NO_MICRO_CACHE)}`;
}

async function main() {
  const database = await openThrowawayDatabase("benchcluster");
  const prisma = createPrismaClient(database.url, 2);
  let cluster: BenchCluster | undefined;
  try {
    await migrateAndSeedIfEmpty(database.url);
    await generateSyntheticPrisoners(prisma, Number(values.prisoners), () => {});
    const started = Date.now();
    const build = await ensureBenchClusterBuild({
      distDir: DIST_DIR,
      databaseUrl: database.url,
      publicUrl: BENCH_CLUSTER_PUBLIC_URL,
      rebuild: values.rebuild,
    });
    console.log(
      `${build === "reused" ? "Reused" : "Built"} ${DIST_DIR} (${Math.round((Date.now() - started) / 1000)} s).`,
    );
    cluster = await startBenchCluster({ databaseUrl: database.url, distDir: DIST_DIR });

    const letter = await prisma.letter.findUniqueOrThrow({
      where: { slug: PETITION },
      select: { id: true, currentVersionId: true },
    });
    const marker = `benchcluster${Date.now().toString(36)}`;
    const signForm = (base: string): SignForm => ({
      url: `${base}/api/letters/${PETITION}/signatures`,
      origin: BENCH_CLUSTER_PUBLIC_URL,
      signedPath: localized("en", publicRoutes.letterSigned(PETITION)),
      fields: (n) => ({
        name: `Bench Signer ${n}`,
        email: `${marker}-${n}@bench.example.org`,
        country: "DE",
        visibility: "COUNT_ONLY",
        consent: "yes",
        locale: "en",
        letterVersionId: letter.currentVersionId!,
        elapsed: "7000",
      }),
    });

    const all = cases(cluster.urls, signForm);
    for (const each of all) await each.run(2);
    console.log(await probeMicroCache(cluster.urls.nginxOne));
    const turns = new Map<string, Turn[]>(all.map((each) => [each.label, []]));
    for (let round = 1; round <= rounds; round++) {
      const order = round % 2 === 1 ? all : [...all].reverse();
      for (const each of order) turns.get(each.label)!.push(await each.run(seconds));
    }
    printClusterTable(
      all.map((each) => figuresOf(each.label, turns.get(each.label)!, each.baseline)),
      STATIC_LABEL,
    );
    console.log(
      `\n${rounds} turns of ${seconds} s per case, ${connections} connections (1 for "1 conn"); ` +
        `p50: mean of the turns' medians, p99: the highest turn's.`,
    );
    await checkCount(prisma, letter.id, marker);
  } finally {
    await cluster?.stop();
    await prisma.$disconnect();
    await database.close();
  }
}

/**
 * Every acknowledged submission (warm-ups included) stored exactly once. The unique index on
 * (letterId, emailKey) makes "more than once" impossible; it is counted anyway.
 */
async function checkCount(
  prisma: ReturnType<typeof createPrismaClient>,
  letterId: string,
  marker: string,
) {
  const stored = await prisma.$queryRaw<{ email: string; copies: bigint }[]>`
    SELECT "email"::text AS "email", count(*) AS "copies" FROM "Signature"
    WHERE "letterId" = ${letterId} AND "email" LIKE ${`${marker}-%`}
    GROUP BY "email"`;
  const storedOnce = new Set(stored.filter((row) => row.copies === 1n).map((row) => row.email));
  const duplicated = stored.filter((row) => row.copies > 1n).length;
  const missing = [...acknowledged].filter((email) => !storedOnce.has(email)).length;
  const ok = missing === 0 && duplicated === 0;
  console.log(
    `nothing lost: ${acknowledged.size} signatures acknowledged (303 to the "signed" page), ` +
      `${stored.length} stored, ${missing} acknowledged but missing, ${duplicated} stored twice ` +
      `${ok ? "OK" : "FAILED"}`,
  );
  if (!ok) process.exitCode = 1;
}

await main();
