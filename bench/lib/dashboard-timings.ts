import { createPrismaClient } from "@/lib/postgres/client";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";

/**
 * The dashboard one request at a time (issue 17, item 5: "each under 300 ms on the server, warm,
 * one request"), signed in as an editor: each page is asked for a few times to warm it, then
 * again and again, one request after the other, the time to the full response on localhost
 * kept per request. With several servers (one per database size) the requests alternate between
 * them (A B B A A B …), so that a figure at 1,000 and one at 100,000 are measured side by side.
 */

export const DASHBOARD_TARGET_MS = 300;
const WARM_UPS = 3;
/** Rows per page of the lists whose deep pages are asked for (their lib/data modules' sizes). */
const PRISONER_PAGE_SIZE = 25;
const AUDIT_PAGE_SIZE = 50;
const REVIEW_PAGE_SIZE = 25;
/** The deep page; smaller databases get their middle page. */
const DEEP_PAGE = 2_000;

export interface DashboardPage {
  label: string;
  path: string;
}

export interface DashboardTiming {
  label: string;
  path: string;
  /** Milliseconds per request, in the order measured. */
  times: number[];
  bytes: number;
  failures: number;
}

const en = (path: string) => localized("en", path);
const deepPage = (rows: number, pageSize: number) =>
  Math.max(1, Math.min(DEEP_PAGE, Math.floor(Math.ceil(rows / pageSize) / 2)));

/** The pages to time on one database, with the cursors its deep pages are linked by. */
export async function dashboardPages(databaseUrl: string): Promise<DashboardPage[]> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    const [counts] = await prisma.$queryRaw<
      { prisoners: bigint; audit: bigint; review: bigint }[]
    >`SELECT (SELECT count(*) FROM "Prisoner") AS prisoners,
             (SELECT count(*) FROM "AuditLog") AS audit,
             (SELECT count(*) FROM "Prisoner" WHERE "state" = 'IN_REVIEW')
           + (SELECT count(*) FROM "Event" WHERE "state" = 'IN_REVIEW')
           + (SELECT count(*) FROM "Publication" WHERE "state" = 'IN_REVIEW') AS review`;
    const prisoners = Number(counts!.prisoners);
    const audit = Number(counts!.audit);
    const review = Number(counts!.review);
    // A keyset page is linked by the id of the row before it (`?after=`), as "next" links are;
    // a list of one page has no deep page, and its first page stands in.
    const prisonerPage = deepPage(prisoners, PRISONER_PAGE_SIZE);
    const prisonerCursor =
      prisonerPage > 1
        ? (
            await prisma.$queryRaw<{ id: string }[]>`
              SELECT "id" FROM "Prisoner" ORDER BY "sortName", "id"
              OFFSET ${(prisonerPage - 1) * PRISONER_PAGE_SIZE - 1} LIMIT 1`
          )[0]?.id
        : undefined;
    const auditPage = deepPage(audit, AUDIT_PAGE_SIZE);
    const auditCursor =
      auditPage > 1
        ? (
            await prisma.$queryRaw<{ id: bigint }[]>`
              SELECT "id" FROM "AuditLog" ORDER BY "id" DESC
              OFFSET ${(auditPage - 1) * AUDIT_PAGE_SIZE - 1} LIMIT 1`
          )[0]?.id.toString()
        : undefined;
    const list = dashboardRoutes.list("prisoner");
    const reviewPages = Math.max(1, Math.ceil(review / REVIEW_PAGE_SIZE));
    return [
      { label: "home", path: en(dashboardRoutes.home()) },
      { label: "prisoners page 1", path: en(list) },
      { label: "prisoners ?q=ivanov", path: en(withQuery(list, { q: "ivanov" })) },
      { label: "prisoners ?q=иванов", path: en(withQuery(list, { q: "иванов" })) },
      {
        label: "prisoners filters",
        path: en(withQuery(list, { state: "PUBLISHED", status: "IMPRISONED", country: "KZ" })),
      },
      {
        label: `prisoners page ${prisonerPage.toLocaleString("en")}`,
        path: en(withQuery(list, { after: prisonerCursor })),
      },
      { label: "prisoners last page", path: en(withQuery(list, { last: "1" })) },
      { label: "review queue", path: en(dashboardRoutes.review()) },
      {
        label: `review page ${reviewPages} (last)`,
        path: en(withQuery(dashboardRoutes.review(), { page: reviewPages })),
      },
      { label: "audit log", path: en(dashboardRoutes.audit()) },
      {
        label: `audit page ${auditPage.toLocaleString("en")}`,
        path: en(withQuery(dashboardRoutes.audit(), { after: auditCursor })),
      },
      { label: "attention stale", path: en(dashboardRoutes.attention("stale-profiles")) },
      { label: "attention drafts", path: en(dashboardRoutes.attention("my-drafts")) },
    ];
  } finally {
    await prisma.$disconnect();
  }
}

/** One request to its full body; null when it was not a 200 (a redirect to sign-in, an error). */
async function timeOne(
  baseUrl: string,
  path: string,
  cookie: string,
): Promise<{ ms: number; bytes: number } | null> {
  const started = performance.now();
  const answer = await fetch(`${baseUrl}${path}`, {
    headers: { cookie, "accept-encoding": "identity" },
    redirect: "manual",
  });
  const body = await answer.arrayBuffer();
  const ms = performance.now() - started;
  return answer.status === 200 ? { ms, bytes: body.byteLength } : null;
}

export interface TimedServer {
  size: number;
  baseUrl: string;
  cookie: string;
  pages: DashboardPage[];
}

/**
 * Times every page on every server, page by page; per page the servers take turns in an
 * A B B A order. Pages are matched across servers by their position in the list (their labels
 * differ where a deep page's number does).
 */
export async function timeDashboard(
  servers: TimedServer[],
  repeats: number,
): Promise<Map<number, DashboardTiming[]>> {
  const results = new Map<number, DashboardTiming[]>(servers.map((s) => [s.size, []]));
  const pageCount = Math.min(...servers.map((s) => s.pages.length));
  for (let index = 0; index < pageCount; index++) {
    const timings = servers.map((server) => {
      const page = server.pages[index]!;
      const timing: DashboardTiming = { ...page, times: [], bytes: 0, failures: 0 };
      results.get(server.size)!.push(timing);
      return timing;
    });
    for (const [i, server] of servers.entries()) {
      for (let n = 0; n < WARM_UPS; n++) {
        await timeOne(server.baseUrl, timings[i]!.path, server.cookie);
      }
    }
    for (let turn = 0; turn < repeats; turn++) {
      const order = turn % 2 === 0 ? [...servers.keys()] : [...servers.keys()].reverse();
      for (const i of order) {
        const server = servers[i]!;
        const answer = await timeOne(server.baseUrl, timings[i]!.path, server.cookie);
        if (answer) {
          timings[i]!.times.push(answer.ms);
          timings[i]!.bytes = answer.bytes;
        } else {
          timings[i]!.failures++;
        }
      }
    }
  }
  return results;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A page passes when its median request is under the target; p90 and max are shown beside it. */
export function printDashboardTimings(size: number, timings: DashboardTiming[]): void {
  console.log(
    `\nDashboard one request at a time at ${size.toLocaleString("en")} prisoners ` +
      `(editor, warm; p50 < ${DASHBOARD_TARGET_MS} ms):`,
  );
  console.log(
    [
      "page".padEnd(26),
      "p50 ms".padStart(8),
      "p90 ms".padStart(8),
      "max ms".padStart(8),
      "KB".padStart(7),
      "n".padStart(4),
      "".padStart(5),
    ].join(" "),
  );
  for (const t of timings) {
    const p50 = percentile(t.times, 50);
    const verdict =
      t.failures > 0 || !Number.isFinite(p50)
        ? "FAIL"
        : p50 < DASHBOARD_TARGET_MS
          ? "PASS"
          : "FAIL";
    console.log(
      [
        t.label.padEnd(26),
        p50.toFixed(0).padStart(8),
        percentile(t.times, 90).toFixed(0).padStart(8),
        Math.max(...t.times)
          .toFixed(0)
          .padStart(8),
        (t.bytes / 1024).toFixed(1).padStart(7),
        String(t.times.length).padStart(4),
        verdict.padStart(5),
        t.failures > 0 ? ` (${t.failures} not 200)` : "",
      ].join(" "),
    );
  }
}

/** p50 of each page at the largest database over the smallest, measured side by side. */
export function printDashboardGrowth(results: Map<number, DashboardTiming[]>): void {
  const sizes = [...results.keys()].sort((a, b) => a - b);
  if (sizes.length < 2) return;
  const small = results.get(sizes[0]!)!;
  const large = results.get(sizes.at(-1)!)!;
  console.log(`\nDashboard p50 growth ${sizes[0]} → ${sizes.at(-1)} (measured side by side):`);
  for (const [i, before] of small.entries()) {
    const after = large[i];
    if (!after) continue;
    const a = percentile(before.times, 50);
    const b = percentile(after.times, 50);
    console.log(
      `  ${after.label.padEnd(26)} ${a.toFixed(0)} → ${b.toFixed(0)} ms (${(b / a).toFixed(2)}×)`,
    );
  }
}
