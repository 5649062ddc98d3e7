import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openStoppableDatabase, type StoppableDatabase } from "../fixtures/stoppable-database";

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock(
  "next-intl/server",
  async () => (await import("../fixtures/auth-request")).nextIntlServerModule,
);

/**
 * What people get when PostgreSQL goes away while they submit a form: the public signing route
 * handlers answer 503 with Retry-After and a page saying nothing was saved (the sign form's values
 * kept in its cookie), the report form and the dashboard's actions come back with what was typed
 * and "not saved", and nothing half-done is stored. Against a real PostgreSQL of this file's own
 * (the run's shared one stays up), stopped as `pg_ctl stop -m immediate` does; the app's modules
 * are loaded after DATABASE_URL points at it, so every pool (Prisma's, the signing pool, the rate
 * limits') really loses its database.
 */

let database: StoppableDatabase;
// The app's modules, loaded once DATABASE_URL names this file's database.
let app: Awaited<ReturnType<typeof loadApp>>;

async function loadApp() {
  return {
    ...(await import("@/lib/db")),
    signRoute: await import("@/app/api/letters/[slug]/signatures/route"),
    confirmRoute: await import("@/app/api/letters/[slug]/confirm/route"),
    withdrawRoute: await import("@/app/api/letters/[slug]/withdraw/route"),
    resendRoute: await import("@/app/api/letters/[slug]/resend/route"),
    followRoute: await import("@/app/api/follows/route"),
    ...(await import("@/lib/follows/follow-target")),
    ...(await import("@/lib/follows/follow-form-cookie")),
    ...(await import("@/lib/actions/reports/report-inaccuracy")),
    ...(await import("@/lib/actions/staff-action")),
    ...(await import("@/lib/actions/reference-items/reference-actions")),
    ...(await import("@/lib/signing/form-cookie")),
    ...(await import("@/lib/signing/record-signature")),
    ...(await import("@/lib/signing/signable-letter")),
    ...(await import("@/lib/security/client-address")),
    ...(await import("../fixtures/signing")),
    ...(await import("../fixtures/auth-request")),
    ...(await import("../fixtures/staff-users")),
    ...(await import("../fixtures/server-actions")),
  };
}

beforeAll(async () => {
  database = await openStoppableDatabase({ database: "vigil_outage" });
  process.env.DATABASE_URL = database.url;
  const { applyMigrations } = await import("@/lib/postgres/migrate");
  await applyMigrations(database.url);
  app = await loadApp();
});

afterEach(async () => {
  vi.useRealTimers();
  app.signOutRequest();
  await database.start();
});

afterAll(async () => {
  await app?.prisma.$disconnect();
  await database?.close();
});

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string }> },
) => Promise<Response>;

/** Posts a form to a signing route handler as a browser on this site would. */
function post(handler: Handler, slug: string, form: FormData): Promise<Response> {
  const body = new URLSearchParams();
  for (const [name, value] of form) body.append(name, String(value));
  const request = new Request(`${app.ORIGIN}/api/letters/${slug}/x`, {
    method: "POST",
    body,
    headers: {
      origin: app.ORIGIN,
      "content-type": "application/x-www-form-urlencoded",
      [app.CLIENT_ADDRESS_HEADER]: app.randomIp(),
    },
  });
  return handler(request, { params: Promise.resolve({ slug }) });
}

function cookieValue(response: Response, name: string): string | undefined {
  const header = response.headers.get("set-cookie") ?? "";
  return header.match(new RegExp(`${name}=([^;]*)`))?.[1];
}

/** A pending signature with its link tokens, stored while the database is up. */
async function pendingSignature(petition: { slug: string; versionId: string }) {
  const email = app.uniqueEmail("outage");
  const outcome = await app.submitSignature(app.signForm(petition as never, { email }), {
    slug: petition.slug,
    clientIp: app.randomIp(),
    origin: app.ORIGIN,
  });
  expect(outcome.status).toBe("accepted");
  return { email, ...(await app.latestMailLinks(email)) };
}

function expectOutagePage(response: Response, html: string) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(30);
  expect(response.headers.get("content-type")).toContain("text/html");
  expect(html).toContain("Nothing was saved");
}

describe("signing a petition while the database is unreachable", () => {
  it("answers 503 with Retry-After and a page leading back to the form, which the cookie fills in again; nothing is stored", async () => {
    const petition = await app.createPetition("outage-sign");
    const email = app.uniqueEmail("outage-sign");
    await database.stopImmediately();

    const response = await post(
      app.signRoute.POST,
      petition.slug,
      app.signForm(petition, { email, name: "Galina Ivanova", city: "Almaty" }),
    );
    const html = await response.text();
    expectOutagePage(response, html);
    expect(html).toContain(`href="/en/letters/${petition.slug}/sign"`);
    expect(html).toContain("Back to the form");

    const state = app.openSignFormState(cookieValue(response, app.SIGN_FORM_COOKIE), petition.slug);
    expect(state).toMatchObject({
      problem: "unavailable",
      values: { name: "Galina Ivanova", email, city: "Almaty", country: "DE", consent: true },
    });
    expect(response.headers.get("set-cookie")).toContain(`Path=/en/letters/${petition.slug}`);

    await database.start();
    expect(await app.prisma.signature.count({ where: { email } })).toBe(0);
  });

  it("keeps the letter's last lookup for the /sign page while the database is unreachable", async () => {
    const petition = await app.createPetition("outage-lookup");
    const before = await app.getSignableLetter(petition.slug);
    await database.stopImmediately();
    // Long after the few seconds a lookup is normally kept.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 60_000 });
    expect(await app.getSignableLetter(petition.slug)).toEqual(before);
  });
});

describe("following by e-mail while the database is unreachable", () => {
  it("answers 503 leading back to the follow form, whose page finds its target without the database", async () => {
    const target = { kind: "prisoner" as const, key: "outage-follow-someone" };
    // With the database up, a target that is not published is the page's 404.
    expect(await app.findFollowFormTarget(target)).toBeNull();
    await database.stopImmediately();

    const body = new URLSearchParams({
      email: app.uniqueEmail("outage-follow"),
      cadence: "WEEKLY",
      targetKind: target.kind,
      targetKey: target.key,
      locale: "en",
    });
    const response = await app.followRoute.POST(
      new Request(`${app.ORIGIN}/api/follows`, {
        method: "POST",
        body,
        headers: {
          origin: app.ORIGIN,
          "content-type": "application/x-www-form-urlencoded",
          [app.CLIENT_ADDRESS_HEADER]: app.randomIp(),
        },
      }),
      { params: Promise.resolve({}) },
    );
    const html = await response.text();
    expectOutagePage(response, html);
    expect(html).toContain(`href="/en/follow?prisoner=${target.key}"`);
    const state = app.openFollowFormState(cookieValue(response, app.FOLLOW_FORM_COOKIE), target);
    expect(state).toMatchObject({ problem: "unavailable", values: { cadence: "WEEKLY" } });
    // The page that link opens: the form again, its target unnamed, instead of an error page.
    expect(await app.findFollowFormTarget(target)).toEqual({ ref: target, name: null });
  });
});

describe("confirming, withdrawing and asking for a new link while the database is unreachable", () => {
  it("a confirmation answers 503 with Retry-After and a link back to the button; the signature stays pending", async () => {
    const petition = await app.createPetition("outage-confirm");
    const signature = await pendingSignature(petition);
    await database.stopImmediately();

    const form = app.actionForm({ token: signature.confirmToken! });
    const response = await post(app.confirmRoute.POST, petition.slug, form);
    const html = await response.text();
    expectOutagePage(response, html);
    expect(html).toContain(`href="/en/letters/${petition.slug}/confirm/${signature.confirmToken}"`);

    await database.start();
    const stored = await app.prisma.signature.findFirstOrThrow({
      where: { email: signature.email },
    });
    expect(stored.status).toBe("PENDING");
  });

  it("a withdrawal answers 503 with Retry-After and a link back to the button", async () => {
    const petition = await app.createPetition("outage-withdraw");
    const signature = await pendingSignature(petition);
    await database.stopImmediately();

    const form = app.actionForm({ token: signature.withdrawToken! });
    const response = await post(app.withdrawRoute.POST, petition.slug, form);
    const html = await response.text();
    expectOutagePage(response, html);
    expect(html).toContain(
      `href="/en/letters/${petition.slug}/withdraw/${signature.withdrawToken}"`,
    );
  });

  it("a request for a new link answers 503 with Retry-After and the form again, address filled in", async () => {
    const petition = await app.createPetition("outage-resend");
    await database.stopImmediately();

    const form = app.actionForm({ email: "signer@example.org" });
    const response = await post(app.resendRoute.POST, petition.slug, form);
    const html = await response.text();
    expectOutagePage(response, html);
    expect(html).toContain(`action="/api/letters/${petition.slug}/resend"`);
    expect(html).toContain('value="signer@example.org"');
  });
});

describe("reporting an inaccuracy while the database is unreachable", () => {
  it("comes back as not sent, with what was typed", async () => {
    await database.stopImmediately();
    const typed = {
      message: "The date of arrest is wrong: it was 25 April 2022, not 26 April.",
      sourceUrl: "https://example.org/news/1",
      contact: "reporter@example.org",
    };
    const state = await app.reportInaccuracy(
      { status: "idle" },
      app.actionForm({ prisoner: "some-prisoner", ...typed }),
    );
    expect(state).toEqual({ status: "unavailable", values: typed });

    await database.start();
    expect(await app.prisma.inaccuracyReport.count({ where: { contact: typed.contact } })).toBe(0);
  });
});

describe("saving in the dashboard while the database is unreachable", () => {
  it("an editor's save comes back as not saved, with their text, and the stored item is unchanged", async () => {
    const editor = await app.createStaffUser("EDITOR");
    await app.signInRequestAs(editor);
    const slug = `outage-tag-${Date.now()}`;
    const target = await app.redirectTarget(() =>
      app.createTag(app.initialFormState, app.actionForm({ slug, "name.en": "Before" })),
    );
    const id = decodeURIComponent(new URL(target, app.ORIGIN).pathname.split("/").pop()!);
    await database.stopImmediately();

    const state = await app.runAction(
      app.updateTag,
      app.actionForm({ id, expectedVersion: "1", slug, "name.en": "My careful new wording" }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "unavailable",
      message:
        "Not saved: the database is unreachable. Your text is still here; try again in a moment.",
      values: { "name.en": "My careful new wording", slug, id },
    });

    await database.start();
    expect(await app.prisma.tag.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: { en: "Before" },
      version: 1,
    });
  });

  it("a save that loses the database half-way is rolled back and comes back as not saved", async () => {
    const editor = await app.createStaffUser("EDITOR");
    await app.signInRequestAs(editor);
    const slug = `outage-half-${Date.now()}`;
    const halfWay = app.staffAction(
      { permission: { action: "update", type: "tag" }, schema: (await import("zod")).z.object({}) },
      async () => {
        await app.prisma.$transaction(async (tx) => {
          await tx.tag.create({ data: { slug, name: { en: "Half" } } });
          await database.stopImmediately();
          await tx.tag.count();
        });
      },
    );
    const state = await app.runAction(halfWay, app.actionForm({ "name.en": "Typed" }));
    expect(state).toMatchObject({
      status: "error",
      code: "unavailable",
      values: { "name.en": "Typed" },
    });

    await database.start();
    expect(await app.prisma.tag.count({ where: { slug } })).toBe(0);
  });
});
