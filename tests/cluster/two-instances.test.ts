import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db";
import { apiRoutes, dashboardRoutes, localized, publicRoutes } from "@/lib/routes";
import { sessionCookieFor } from "../fixtures/auth-request";
import { plainImage } from "../fixtures/media-files";
import { insertPrisoner } from "../fixtures/prisoners";
import { createStaffUser } from "../fixtures/staff-users";
import { sleep } from "../faults/harness/deadline";
import { findPetition, storedSignatureCopies } from "../faults/harness/fault-queries";
import { countAnswers, countWithExamples, signatureOutcome } from "../faults/harness/outcome";
import { firstAcknowledgedSince, startSurge } from "../faults/harness/surge";
import { CLUSTER_PUBLIC_URL } from "./harness/cluster-parts";
import {
  clusterAddresses,
  msUntil,
  publicPage,
  staffHeaders,
  submitDashboardForm,
} from "./harness/cluster-requests";
import { postFromAddress } from "./harness/from-address";
import { retentionState } from "./harness/retention-fixture";

/**
 * Two Vigil instances on one PostgreSQL and one Redis, nginx in front (tests/cluster/global-setup.ts).
 * An editor works on instance A directly; readers read instance B directly and through nginx.
 * The scenarios run in this order: the last one kills instance A.
 */

/** Issue 16: an editor's change shows on every instance within 2 s… */
const PROPAGATION_MS = 2_000;
/** …plus nginx's micro-cache window (deploy/nginx.conf: `proxy_cache_valid 200 1s`). */
const MICRO_CACHE_MS = 1_000;
/** How long a check keeps looking, so that a failure says how late, not only "late". */
const WATCH_MS = 15_000;

const run = randomUUID().slice(0, 8);
const { instanceA, instanceB, nginx } = clusterAddresses();
let editorCookie = "";

async function editorCookieOnce(): Promise<string> {
  if (!editorCookie) editorCookie = await sessionCookieFor(await createStaffUser("EDITOR"));
  return editorCookie;
}

/** Saves the basics tab of a prisoner's editor on instance A with these changes. */
async function saveBasicsOnA(prisonerId: string, changes: Record<string, string | string[]>) {
  const answer = await submitDashboardForm({
    base: instanceA,
    path: localized("en", dashboardRoutes.prisonerTab(prisonerId, "")),
    cookie: await editorCookieOnce(),
    formField: "summary.en",
    // The Save button (components/dashboard/form/save-bar.tsx) is the submitter.
    changes: { ...changes, intent: "save" },
  });
  expect(answer.status, "the save's answer").toBeLessThan(400);
  // The save bar's status (the page's messages also hold the template "Saved: version {version}.").
  expect(answer.html, "the save's answer").toMatch(/Saved: version \d+\./);
}

/** Reads the page everywhere it is served, so that every cache holds it before the change. */
async function warm(pagePath: string, expected: string) {
  for (const base of [instanceA, instanceB, nginx, instanceB, nginx]) {
    expect(await publicPage(base, pagePath), `${base}${pagePath} before the change`).toContain(
      expected,
    );
  }
}

describe("an editor's change on instance A", () => {
  it("shows on instance B within 2 s and through nginx within 2 s plus the micro-cache window", async () => {
    const before = `Held in pre-trial detention (${run}).`;
    const after = `Released under house arrest (${run}).`;
    const prisoner = await insertPrisoner(
      { slug: `cluster-change-${run}`, countryCode: "KZ" },
      { summary: { en: before } },
    );
    const pagePath = localized("en", publicRoutes.prisoner(prisoner.slug));
    await warm(pagePath, before);

    await saveBasicsOnA(prisoner.id, { "summary.en": after });
    const saved = await prisma.prisoner.findUniqueOrThrow({ where: { id: prisoner.id } });
    expect(saved.summary, "the summary in the database").toEqual(
      expect.objectContaining({ en: after }),
    );

    const shows = (base: string) => async () => {
      const html = await publicPage(base, pagePath);
      return html.includes(after) && !html.includes(before);
    };
    const [onB, throughNginx] = await Promise.all([
      msUntil(shows(instanceB), WATCH_MS),
      msUntil(shows(nginx), WATCH_MS),
    ]);
    console.info(
      `[cluster] change visible on B after ${onB} ms, through nginx after ${throughNginx} ms`,
    );
    expect(onB, "ms until instance B shows the change").toBeLessThanOrEqual(PROPAGATION_MS);
    expect(throughNginx, "ms until nginx shows the change").toBeLessThanOrEqual(
      PROPAGATION_MS + MICRO_CACHE_MS,
    );
  });

  it("redacting a field removes it from every cached copy within the same bound", async () => {
    const occupation = `Canary occupation ${run}`;
    const prisoner = await insertPrisoner(
      { slug: `cluster-redact-${run}`, countryCode: "KZ" },
      { occupation: { en: occupation } },
    );
    const pagePath = localized("en", publicRoutes.prisoner(prisoner.slug));
    await warm(pagePath, occupation);

    await saveBasicsOnA(prisoner.id, { redactedFields: ["occupation"] });
    const saved = await prisma.prisoner.findUniqueOrThrow({ where: { id: prisoner.id } });
    expect(saved.redactedFields).toContain("occupation");

    const gone = (base: string) => async () =>
      !(await publicPage(base, pagePath)).includes(occupation);
    const [onA, onB, throughNginx] = await Promise.all([
      msUntil(gone(instanceA), WATCH_MS),
      msUntil(gone(instanceB), WATCH_MS),
      msUntil(gone(nginx), WATCH_MS),
    ]);
    console.info(
      `[cluster] redacted field gone on A after ${onA} ms, on B after ${onB} ms, through nginx after ${throughNginx} ms`,
    );
    expect(onA, "ms until instance A hides the field").toBeLessThanOrEqual(PROPAGATION_MS);
    expect(onB, "ms until instance B hides the field").toBeLessThanOrEqual(PROPAGATION_MS);
    expect(throughNginx, "ms until nginx hides the field").toBeLessThanOrEqual(
      PROPAGATION_MS + MICRO_CACHE_MS,
    );
  });
});

describe("media", () => {
  it("an image uploaded through instance A is served by instance B", async () => {
    const cookie = await editorCookieOnce();
    const upload = new FormData();
    upload.set(
      "file",
      new Blob([new Uint8Array(await plainImage("jpeg", 900, 600))], { type: "image/jpeg" }),
      `cluster-${run}.jpg`,
    );
    upload.set("alt.en", `A photograph for the cluster test ${run}`);
    upload.set("credit", "Vigil test");
    const answer = await fetch(`${instanceA}${apiRoutes.dashboardMedia()}?locale=en`, {
      method: "POST",
      redirect: "manual",
      headers: staffHeaders(cookie, true),
      body: upload,
    });
    expect(answer.status, "the upload's answer").toBe(303);
    const location = answer.headers.get("location") ?? "";
    const assetPath = localized("en", dashboardRoutes.mediaAsset(""));
    expect(location, "the upload's redirect").toContain(assetPath);
    const id = decodeURIComponent(new URL(location, instanceA).pathname.split("/").pop()!);

    const fromB = await fetch(`${instanceB}${apiRoutes.dashboardMediaAsset(id)}`, {
      headers: staffHeaders(cookie),
    });
    expect(fromB.status, "instance B serving the upload").toBe(200);
    expect(fromB.headers.get("content-type")).toMatch(/^image\//);
    const bytesFromB = Buffer.from(await fromB.arrayBuffer());
    const fromA = await fetch(`${instanceA}${apiRoutes.dashboardMediaAsset(id)}`, {
      headers: staffHeaders(cookie),
    });
    expect(bytesFromB.equals(Buffer.from(await fromA.arrayBuffer())), "same bytes as A").toBe(true);

    // Both instances share this checkout: a file in its storage/ folder would be served by B
    // without any shared store. It must be in PostgreSQL instead.
    const asset = await prisma.mediaAsset.findUniqueOrThrow({ where: { id } });
    expect(existsSync(path.join("storage", asset.storageKey)), "a local copy in storage/").toBe(
      false,
    );
  });
});

describe("scheduled jobs", () => {
  it("the overdue retention job ran once for the cluster, though both instances started wanting it", async () => {
    const databaseUrl = inject("clusterDatabaseUrl");
    const done = await msUntil(
      async () => (await retentionState(databaseUrl)).signersWithPersonalData === 0,
      60_000,
    );
    expect(done, "ms until the expired signatures were anonymised").toBeDefined();
    // A second run would follow the first within the job runner's poll interval.
    await sleep(5_000);
    const state = await retentionState(databaseUrl);
    expect(state.signersWithPersonalData).toBe(0);
    expect(state.runs, "successful runs of the retention job").toBe(1);
  });
});

describe("nginx in front", () => {
  it("micro-caches a public page for visitors, never for a request with a cookie or the readiness check", async () => {
    const pagePath = localized("en", publicRoutes.prisoner(`cluster-change-${run}`));
    await fetch(`${nginx}${pagePath}`).then((response) => response.arrayBuffer());
    const again = await fetch(`${nginx}${pagePath}`);
    await again.arrayBuffer();
    const upstream = ["cache-control", "vary", "set-cookie"].map(
      (name) => `${name}: ${again.headers.get(name)}`,
    );
    expect(again.headers.get("x-micro-cache"), upstream.join("; ")).toMatch(
      /^(HIT|UPDATING|STALE)$/,
    );
    const withCookie = await fetch(`${nginx}${pagePath}`, { headers: { cookie: "a=b" } });
    await withCookie.arrayBuffer();
    expect(withCookie.headers.get("x-micro-cache")).toBe("BYPASS");
    const ready = await fetch(`${nginx}/api/ready`);
    await ready.arrayBuffer();
    expect(ready.headers.get("x-micro-cache")).toBeNull();
  });
});

describe("instance A killed with SIGKILL in the middle of a signing surge through nginx", () => {
  it("loses no acknowledged signature and stores none twice", async () => {
    const databaseUrl = inject("clusterDatabaseUrl");
    const [pidA] = inject("clusterInstancePids");
    const petition = await findPetition(databaseUrl);
    const marker = `cluster${run}`;
    const surge = startSurge({
      baseUrl: nginx,
      slug: petition.slug,
      letterVersionId: petition.versionId,
      marker,
      concurrency: 12,
      pauseMs: 200,
      origin: CLUSTER_PUBLIC_URL,
      send: postFromAddress,
    });
    await sleep(3_000);
    process.kill(pidA!, "SIGKILL");
    const killedAt = Date.now();
    const recovered = await msUntil(
      async () => firstAcknowledgedSince(surge.attempts, killedAt) !== undefined,
      30_000,
    );
    await sleep(3_000);
    const attempts = await surge.stop();

    const outcome = signatureOutcome(attempts, await storedSignatureCopies(databaseUrl, marker));
    const afterKill = attempts.filter((attempt) => attempt.startedAt >= killedAt);
    console.info(
      `[cluster] surge: ${attempts.length} posts, ${outcome.acknowledged} acknowledged, ${outcome.stored} stored; answers ${JSON.stringify(countAnswers(attempts))}; first acknowledgement ${recovered} ms after the kill`,
    );
    expect(outcome.acknowledged, "signatures acknowledged").toBeGreaterThan(0);
    expect(countWithExamples(outcome.lost), "acknowledged but not stored").toBe("none");
    expect(countWithExamples(outcome.duplicated), "stored more than once").toBe("none");
    expect(
      afterKill.filter((attempt) => attempt.acknowledged).length,
      "acknowledged after the kill (instance B took over)",
    ).toBeGreaterThan(0);
    // A POST that was in flight on A is answered 503 with Retry-After by nginx, never retried.
    const refused = attempts.filter((attempt) => attempt.status >= 500);
    expect(
      refused.filter((attempt) => attempt.status !== 503 || !attempt.retryAfter),
      "5xx answers without Retry-After",
    ).toEqual([]);
  });

  it("with every instance down, nginx answers a plain 503 with Retry-After", async () => {
    const [, pidB] = inject("clusterInstancePids");
    process.kill(pidB!, "SIGKILL");
    await sleep(500);
    const answer = await fetch(`${nginx}${localized("en", publicRoutes.home())}`, {
      headers: { cookie: "no-cache=1" },
    });
    const body = await answer.text();
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(body).not.toMatch(/nginx|upstream|127\.0\.0\.1|345\d/);
  });
});
