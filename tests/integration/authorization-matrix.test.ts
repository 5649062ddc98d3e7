import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";
import { DELIVERY_FORMATS } from "@/lib/delivery/export-delivery";
import { EXPORT_LISTS } from "@/lib/export/export-list-names";
import { loadMessages } from "@/lib/i18n/messages";
import { storeUpload } from "@/lib/media/media-writes";
import { prepareUpload } from "@/lib/media/prepare-upload";
import { publicOrigin } from "@/lib/security/public-origin";
import { LocalFileStorage } from "@/lib/storage";
import { createStaffUser } from "../fixtures/staff-users";
import { plainImage } from "../fixtures/media-files";
import { signInRequestAs, signOutRequest } from "../fixtures/auth-request";
import { ROUTE_HANDLERS, SERVER_ACTIONS, type Access } from "./authorization-matrix";

/**
 * The authorisation matrix: every dashboard server action and staff route handler, called as each
 * kind of actor the way a forged request would (the action's exported function with a made-up
 * form; the route's exported handler with a bare request), compared with the table in
 * ./authorization-matrix.ts. Only the request is simulated (its headers and session cookie, as
 * in tests/fixtures/auth-request.ts); sessions, users, the policy and the database are real.
 *
 * The doors are discovered from the source: every module that starts with "use server" under
 * lib/ and app/, every route.ts under app/api/dashboard/ and the dashboard's pages. A door without
 * a row, or a row without a door, fails.
 */

vi.mock("next/headers", async () => (await import("../fixtures/auth-request")).nextHeadersModule);
vi.mock("next-intl/server", async () => {
  const messages = { en: await loadMessages("en") };
  const translator = (arg?: string | { locale?: string; namespace?: string }) =>
    createTranslator({
      locale: "en",
      messages: messages.en as never,
      namespace: (typeof arg === "string" ? arg : arg?.namespace) as never,
    });
  return {
    getTranslations: async (arg?: string | { namespace?: string }) => translator(arg),
    getLocale: async () => "en",
  };
});
// Outside Next.js's request store the cache functions have nothing to refresh.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  refresh: vi.fn(),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

const ROOT = path.resolve(import.meta.dirname, "..", "..");

// ---------------------------------------------------------------------------------------------
// Who calls.

const ACTOR_KINDS = [
  "signed out",
  "contributor",
  "editor",
  "administrator without two-step verification",
  "administrator",
  "disabled account, old session",
] as const;
type ActorKind = (typeof ACTOR_KINDS)[number];

/** A fresh user per call: some doors change their caller (sign out everywhere, disable). */
async function actAs(kind: ActorKind): Promise<void> {
  signOutRequest();
  if (kind === "signed out") return;
  const role: Role =
    kind === "contributor" ? "CONTRIBUTOR" : kind === "editor" ? "EDITOR" : "ADMIN";
  const enrolled = kind === "administrator" || kind === "disabled account, old session";
  const user = await createStaffUser(role, enrolled ? { totpEnabledAt: new Date() } : {});
  await signInRequestAs(user);
  if (kind === "disabled account, old session") {
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  }
}

// ---------------------------------------------------------------------------------------------
// What they get.

type Outcome = "allowed" | "sign in" | "enrol first" | "forbidden" | "hidden (404)";

function expectedOutcomes(access: Access, refusalsLookLike404 = false): Record<ActorKind, Outcome> {
  const refused = (outcome: Outcome): Outcome => (refusalsLookLike404 ? "hidden (404)" : outcome);
  const roles: Record<Exclude<Access, "PUBLIC">, readonly Role[]> = {
    STAFF: ["CONTRIBUTOR", "EDITOR", "ADMIN"],
    DRAFTS: ["CONTRIBUTOR", "EDITOR", "ADMIN"],
    ENROLMENT: ["CONTRIBUTOR", "EDITOR", "ADMIN"],
    EDITORS: ["EDITOR", "ADMIN"],
    ADMINS: ["ADMIN"],
  };
  if (access === "PUBLIC") {
    return Object.fromEntries(ACTOR_KINDS.map((kind) => [kind, "allowed"])) as Record<
      ActorKind,
      Outcome
    >;
  }
  const may = (role: Role) => (roles[access].includes(role) ? "allowed" : refused("forbidden"));
  return {
    "signed out": refused("sign in"),
    contributor: may("CONTRIBUTOR"),
    editor: may("EDITOR"),
    "administrator without two-step verification":
      access === "ENROLMENT" ? may("ADMIN") : refused("enrol first"),
    administrator: may("ADMIN"),
    "disabled account, old session": refused("sign in"),
  };
}

/** Next.js's redirect() and notFound() throw errors that carry where they go in `digest`. */
function digestOf(error: unknown): string | null {
  return typeof error === "object" && error !== null && "digest" in error
    ? String((error as { digest: unknown }).digest)
    : null;
}

function outcomeOfRedirect(location: string): Outcome {
  if (/\/sign-in(\?|$)/.test(location)) return "sign in";
  if (/\/account\/two-factor/.test(location)) return "enrol first";
  if (/problem=(forbidden|crossSite)/.test(location)) return "forbidden";
  return "allowed";
}

/**
 * Actions refuse by returning a state (staffAction) or throwing ForbiddenError; a redirect is
 * where an action goes after doing its work (signing out everywhere ends at the sign-in page).
 */
function outcomeOfActionError(error: unknown): Outcome {
  const digest = digestOf(error);
  if (digest?.startsWith("NEXT_REDIRECT")) return "allowed";
  if (digest?.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "allowed";
  if (error instanceof Error && error.name === "ForbiddenError") return "forbidden";
  if (error instanceof Error && error.name === "NotFoundError") return "allowed";
  throw error;
}

function outcomeOfState(state: unknown): Outcome {
  const code = (state as { code?: unknown } | null)?.code;
  if (code === "signed-out") return "sign in";
  if (code === "two-factor-required") return "enrol first";
  if (code === "forbidden") return "forbidden";
  return "allowed";
}

/** After the guard, "no such item" is the handler's answer, not a refusal (except for files). */
async function outcomeOfResponse(
  response: Response,
  refusalsLookLike404: boolean,
): Promise<Outcome> {
  const location = response.headers.get("location");
  if (response.status >= 300 && response.status < 400 && location) {
    return outcomeOfRedirect(location);
  }
  if (response.status === 401) return "sign in";
  if (response.status === 404) return refusalsLookLike404 ? "hidden (404)" : "allowed";
  if (response.status === 403) {
    const body = (await response.json().catch(() => ({}))) as { code?: string };
    return body.code === "two-factor-required" ? "enrol first" : "forbidden";
  }
  if (response.status >= 500) throw new Error(`${response.status} from a staff route`);
  return "allowed";
}

// ---------------------------------------------------------------------------------------------
// The doors, discovered from the source.

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes("generated/"))
    .map((file) => path.join(folder, file));
}

/** "file#export" of every server action: the exports of every "use server" module. */
function discoverServerActions(): string[] {
  return ["lib", "app", "components"]
    .flatMap(sourceFiles)
    .filter((file) => /^\s*["']use server["'];?/.test(readFileSync(path.join(ROOT, file), "utf8")))
    .sort();
}

interface RouteCall {
  key: string;
  file: string;
  method: string;
  url: string;
  params: Record<string, string>;
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];

/** Values of path parameters that choose what is read: a row per value. */
const EXPANDED: Record<string, readonly string[]> = {
  list: EXPORT_LISTS,
  format: DELIVERY_FORMATS,
};

function discoverRouteCalls(fixtureIds: Record<string, string>): RouteCall[] {
  const files = ["app/api/dashboard", "app/[locale]/(dashboard)"]
    .flatMap(sourceFiles)
    .filter((file) => /(^|\/)route\.tsx?$/.test(file));
  const calls: RouteCall[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    const pattern =
      "/" +
      path
        .dirname(path.relative("app", file))
        .split(path.sep)
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .join("/");
    const names = [...pattern.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]!);
    let variants: Record<string, string>[] = [{}];
    for (const name of names) {
      const values = EXPANDED[name] ?? [fixtureIds[name] ?? `matrix-${name}`];
      variants = variants.flatMap((params) =>
        values.map((value) => ({ ...params, [name]: value })),
      );
    }
    for (const method of HTTP_METHODS) {
      if (
        !new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(source)
      ) {
        continue;
      }
      for (const params of variants) {
        const key = `${method} ${pattern.replace(/\[([^\]]+)\]/g, (whole, name: string) =>
          EXPANDED[name] ? params[name]! : whole,
        )}`;
        const url = pattern.replace(/\[([^\]]+)\]/g, (_whole, name: string) => params[name]!);
        calls.push({ key, file, method, url, params });
      }
    }
  }
  return calls.sort((a, b) => a.key.localeCompare(b.key));
}

// ---------------------------------------------------------------------------------------------

let storageRoot: string;
const fixtureIds: Record<string, string> = { locale: "en" };
let mediaEtag = "";

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "vigil-matrix-"));
  const editor = await createStaffUser("EDITOR");
  const upload = await prepareUpload(await plainImage("png", 40, 30), { filename: "m.png" });
  const stored = await storeUpload(
    editor,
    upload,
    { details: { alt: { en: "A test image" }, credit: "Vigil" }, originalFilename: "m.png" },
    { storage: new LocalFileStorage(storageRoot) },
  );
  fixtureIds.id = stored.id;
  mediaEtag = `"${upload.sha256}"`;
});

afterAll(async () => {
  signOutRequest();
  await rm(storageRoot, { recursive: true, force: true });
});

describe("the table covers every door", () => {
  it("has a row for every server action, and no row without one", async () => {
    const discovered: string[] = [];
    for (const file of discoverServerActions()) {
      const exports = await import(/* @vite-ignore */ path.join(ROOT, file));
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value === "function") discovered.push(`${file}#${name}`);
      }
    }
    expect(discovered.length).toBeGreaterThan(50);
    expect(
      discovered.filter((key) => !(key in SERVER_ACTIONS)),
      "actions without a row",
    ).toEqual([]);
    expect(
      Object.keys(SERVER_ACTIONS).filter((key) => !discovered.includes(key)),
      "rows without an action",
    ).toEqual([]);
  });

  it("has a row for every route handler call, and no row without one", () => {
    const keys = discoverRouteCalls(fixtureIds).map((call) => call.key);
    expect(
      keys.filter((key) => !(key in ROUTE_HANDLERS)),
      "routes without a row",
    ).toEqual([]);
    expect(
      Object.keys(ROUTE_HANDLERS).filter((key) => !keys.includes(key)),
      "rows without a route",
    ).toEqual([]);
  });
});

/** A form as a forged request would send it: the fields most actions read, with made-up values. */
function forgedForm(): FormData {
  const form = new FormData();
  form.set("id", "matrix-forged-id");
  form.set("locale", "en");
  form.set("expectedVersion", "1");
  return form;
}

type ActionFunction = (...args: unknown[]) => Promise<unknown>;

async function callAction(action: ActionFunction): Promise<Outcome> {
  try {
    // useActionState actions take (previous state, form); plain form actions take the form.
    const state =
      action.length >= 2
        ? await action({ status: "idle", values: {} }, forgedForm())
        : await action(forgedForm());
    return outcomeOfState(state);
  } catch (error) {
    return outcomeOfActionError(error);
  }
}

describe("server actions: who gets through", () => {
  it.each(Object.entries(SERVER_ACTIONS))("%s → %s", async (key, access) => {
    const [file, name] = key.split("#") as [string, string];
    const action = (await import(/* @vite-ignore */ path.join(ROOT, file)))[name] as ActionFunction;
    const outcomes = {} as Record<ActorKind, Outcome>;
    for (const kind of ACTOR_KINDS) {
      await actAs(kind);
      outcomes[kind] = await callAction(action);
    }
    expect(outcomes).toEqual(expectedOutcomes(access));
  });
});

describe("staff route handlers: who gets through", () => {
  const calls = () => new Map(discoverRouteCalls(fixtureIds).map((call) => [call.key, call]));

  it.each(Object.entries(ROUTE_HANDLERS))("%s → %s", async (key, access) => {
    const call = calls().get(key);
    expect(call, `no route for ${key}`).toBeDefined();
    const routeModule = await import(/* @vite-ignore */ path.join(ROOT, call!.file));
    const handler = routeModule[call!.method] as (
      request: Request,
      segment: { params: Promise<Record<string, string>> },
    ) => Promise<Response>;
    // Staff files answer every refusal like an unknown file; an allowed read of this one, asked
    // with its validator, answers 304 without reading storage.
    const isMediaRead = call!.url.startsWith("/api/dashboard/media/");
    const outcomes = {} as Record<ActorKind, Outcome>;
    for (const kind of ACTOR_KINDS) {
      await actAs(kind);
      const headers = new Headers({ origin: publicOrigin() });
      if (isMediaRead) headers.set("if-none-match", mediaEtag);
      const request = new Request(new URL(call!.url, publicOrigin()), {
        method: call!.method,
        headers,
        ...(call!.method === "POST" ? { body: new FormData() } : {}),
      });
      const response = await handler(request, { params: Promise.resolve(call!.params) });
      const outcome = await outcomeOfResponse(response, isMediaRead);
      outcomes[kind] = isMediaRead && response.status === 304 ? "allowed" : outcome;
    }
    expect(outcomes).toEqual(expectedOutcomes(access, isMediaRead));
  });

  it("refuses a staff write whose Origin is another site, even for an administrator", async () => {
    await actAs("administrator");
    const { POST } = await import("@/app/api/dashboard/media/route");
    const response = await POST(
      new Request(new URL("/api/dashboard/media?locale=en", publicOrigin()), {
        method: "POST",
        headers: { origin: "https://attacker.example" },
        body: new FormData(),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("problem=crossSite");
  });
});
