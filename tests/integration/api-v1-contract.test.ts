import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articleListSchema } from "@/lib/api/schemas/article";
import { countryListSchema } from "@/lib/api/schemas/country";
import { facilityDetailSchema, facilityListSchema } from "@/lib/api/schemas/facility";
import { letterListSchema, letterSchema } from "@/lib/api/schemas/letter";
import { prisonerListSchema } from "@/lib/api/schemas/prisoner-list";
import { prisonerProfileSchema } from "@/lib/api/schemas/prisoner-profile";
import { publicationListSchema, publicationSchema } from "@/lib/api/schemas/publication";
import { prisma } from "@/lib/db";
import { apiRoutes } from "@/lib/routes";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { seedDemoContent } from "@/prisma/seed";
import { callApiV1 } from "./api-v1-call";

// Outside Next.js there is no incremental cache: read straight from the database.
vi.mock("next/cache", () => ({
  unstable_cache: <T>(read: T) => read,
  revalidateTag: () => undefined,
}));

/**
 * Contract tests (issue 20): real answers of every /api/v1 endpoint, over the whole demo content
 * in both locales, are valid against the OpenAPI document the API serves (validated as JSON
 * Schema 2020-12, the dialect of OpenAPI 3.1, by Ajv), and parse with the zod schemas it is made
 * from. The schemas forbid unknown fields, so a field a DTO gains without being described fails.
 */
type OpenApi = {
  paths: Record<string, { get: { responses: Record<string, OpenApiResponse> } }>;
  components: Record<string, unknown>;
};
type OpenApiResponse = { content?: { "application/json": { schema: { $ref?: string } } } };

const ROOT = "https://vigil.invalid/openapi.json";
let document: OpenApi;
let ajv: Ajv2020;
let slugs: string[];

beforeAll(async () => {
  await seedDemoContent(prisma);
  document = await (await call(apiRoutes.v1OpenApi())).json();
  ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema({ $id: ROOT, components: document.components });
  slugs = (
    await prisma.prisoner.findMany({ where: { state: "PUBLISHED" }, select: { slug: true } })
  ).map((row) => row.slug);
});

afterAll(async () => {
  await prisma.$disconnect();
});

let client = 0;
function call(path: string): Promise<Response> {
  client += 1;
  return callApiV1(path, { [CLIENT_ADDRESS_HEADER]: `192.0.2.${client % 250}` });
}

/** The validator of the document's schema for `status` answers of GET `path`. */
function validatorFor(path: string, status: number): ValidateFunction {
  const response = document.paths[path]?.get.responses[String(status)];
  const ref = response?.content?.["application/json"].schema.$ref;
  if (!ref) throw new Error(`The document describes no JSON ${status} answer of ${path}.`);
  const validate = ajv.getSchema(`${ROOT}${ref}`);
  if (!validate) throw new Error(`${ref} is not in the document.`);
  return validate;
}

async function expectConforms(path: string, documented: string, status = 200) {
  const response = await call(path);
  expect(response.status).toBe(status);
  const body = await response.json();
  const validate = validatorFor(documented, status);
  expect(validate(body), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
  return body;
}

const SINGLE = `${apiRoutes.v1Prisoners()}/{slug}`;

describe("real answers against the OpenAPI document", () => {
  it.each([
    "",
    "limit=100",
    "q=Sentzov",
    "q=Джакишев",
    "q=Kolchnko",
    "country=kz&sort=arrest",
    "status=detained&sort=detention&limit=3",
    "q=zzzzqqq",
  ])("GET /api/v1/prisoners?%s", async (query) => {
    for (const locale of ["en", "ru"]) {
      const body = await expectConforms(
        `${apiRoutes.v1Prisoners()}?${query}&locale=${locale}`,
        apiRoutes.v1Prisoners(),
      );
      prisonerListSchema.parse(body);
    }
  });

  it("GET /api/v1/prisoners/{slug} for every published demo profile, in both locales", async () => {
    expect(slugs.length).toBeGreaterThan(3);
    for (const slug of slugs) {
      for (const locale of ["en", "ru"]) {
        const body = await expectConforms(`${apiRoutes.v1Prisoner(slug)}?locale=${locale}`, SINGLE);
        prisonerProfileSchema.parse(body);
      }
    }
  });

  it("GET /api/v1/countries", async () => {
    const body = await expectConforms(
      `${apiRoutes.v1Countries()}?locale=ru`,
      apiRoutes.v1Countries(),
    );
    countryListSchema.parse(body);
    expect(body.items.length).toBeGreaterThan(0);
  });

  it("GET /api/v1/articles", async () => {
    for (const locale of ["en", "ru"]) {
      const body = await expectConforms(
        `${apiRoutes.v1Articles()}?locale=${locale}`,
        apiRoutes.v1Articles(),
      );
      articleListSchema.parse(body);
      expect(body.items.length).toBeGreaterThan(0);
    }
  });

  it.each([
    {
      list: apiRoutes.v1Facilities(),
      queries: ["", "country=ru&limit=2", "country=kz"],
      listSchema: facilityListSchema,
      itemSchema: facilityDetailSchema,
    },
    {
      list: apiRoutes.v1Letters(),
      queries: ["", "kind=PETITION", "state=DELIVERED&limit=1", "country=ru"],
      listSchema: letterListSchema,
      itemSchema: letterSchema,
    },
    {
      list: apiRoutes.v1Publications(),
      queries: ["", "type=REPORT", "country=kz&limit=1", "year=2024"],
      listSchema: publicationListSchema,
      itemSchema: publicationSchema,
    },
  ])("GET $list, its filters, and every item it lists, in both locales", async (endpoint) => {
    const listed = new Set<string>();
    for (const query of endpoint.queries) {
      for (const locale of ["en", "ru"]) {
        const body = await expectConforms(
          `${endpoint.list}?${query}&locale=${locale}`,
          endpoint.list,
        );
        endpoint.listSchema.parse(body);
        for (const item of body.items) listed.add(item.slug);
      }
    }
    expect(listed.size).toBeGreaterThan(0);
    for (const slug of listed) {
      for (const locale of ["en", "ru"]) {
        const body = await expectConforms(
          `${endpoint.list}/${slug}?locale=${locale}`,
          `${endpoint.list}/{slug}`,
        );
        endpoint.itemSchema.parse(body);
      }
    }
    await expectConforms(`${endpoint.list}/nothing-by-this-slug`, `${endpoint.list}/{slug}`, 404);
    await expectConforms(`${endpoint.list}?colour=red`, endpoint.list, 400);
  });

  it("refusals: 400 and 404", async () => {
    await expectConforms(`${apiRoutes.v1Prisoners()}?limit=1000`, apiRoutes.v1Prisoners(), 400);
    await expectConforms(apiRoutes.v1Prisoner("nobody-at-all"), SINGLE, 404);
  });

  it("the validation rejects an answer with a field missing or one too many", async () => {
    const body = await (await call(apiRoutes.v1Prisoner(slugs[0] ?? ""))).json();
    const validate = validatorFor(SINGLE, 200);
    const missing = { ...body };
    delete missing.events;

    expect(validate(body)).toBe(true);
    expect(validate(missing)).toBe(false);
    expect(validate({ ...body, internalNotes: "x" })).toBe(false);
    expect(validate({ ...body, arrestedOn: { iso: "2020", precision: "DAY" } })).toBe(false);
  });
});
