import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { DIRECTORY_QUERY_MAX_LENGTH, DIRECTORY_SORTS } from "@/lib/search/directory-params";
import { routing } from "@/lib/i18n/routing";
import { REQUEST_LIMITS } from "@/lib/rate-limit/request-limiter";
import { apiRoutes } from "@/lib/routes";
import { API_MAX_AGE_SECONDS } from "./api-answer";
import { registerChangeFeed } from "./change-feed-openapi";
import { registerDatasets } from "./dataset-openapi";
import { registerContentPaths } from "./openapi-content-paths";
import { API_LIST_DEFAULT_LIMIT, API_LIST_MAX_LIMIT } from "./prisoner-list-query";
import { articleListSchema } from "./schemas/article";
import { errorSchema } from "./schemas/common";
import { countryListSchema } from "./schemas/country";
import { prisonerListSchema, prisonerStatusSchema } from "./schemas/prisoner-list";
import { prisonerProfileSchema } from "./schemas/prisoner-profile";

/**
 * The OpenAPI 3.1 document of /api/v1, made from the zod schemas the answers are checked against
 * (lib/api/schemas) by @asteasolutions/zod-to-openapi (the maintained generator for zod 4, which
 * it converts through zod's own JSON Schema output). Served at /api/v1/openapi.json; nothing in it
 * is written by hand but the words.
 */
const { points, durationSeconds } = REQUEST_LIMITS["api-ip"];

const rateLimitHeaders = {
  "RateLimit-Limit": {
    description: `Requests allowed per client address in the window (${points} per ${durationSeconds} s).`,
    schema: { type: "integer" as const },
  },
  "RateLimit-Remaining": {
    description: "Requests left in the current window.",
    schema: { type: "integer" as const },
  },
  "RateLimit-Reset": {
    description: "Seconds until the window ends.",
    schema: { type: "integer" as const },
  },
};

const cachedHeaders = {
  ...rateLimitHeaders,
  ETag: {
    description: "A hash of the body: send it back in If-None-Match to get 304 when unchanged.",
    schema: { type: "string" as const },
  },
  "Cache-Control": {
    description: `public, max-age=${API_MAX_AGE_SECONDS}`,
    schema: { type: "string" as const },
  },
};

const localeParameter = z
  .enum(routing.locales)
  .optional()
  .describe("Language of localised fields; without it, Accept-Language chooses; else en.");

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

const refusals = {
  304: {
    description: "Not modified (If-None-Match named the current ETag).",
    headers: cachedHeaders,
  },
  429: {
    description: "Too many requests from this address; Retry-After says when to try again.",
    headers: {
      ...rateLimitHeaders,
      "Retry-After": { description: "Seconds.", schema: { type: "integer" as const } },
    },
    content: json(errorSchema),
  },
  503: {
    description: "The database is unreachable; retry after Retry-After.",
    content: json(errorSchema),
  },
};

function registry(): OpenAPIRegistry {
  const api = new OpenAPIRegistry();
  api.registerPath({
    method: "get",
    path: apiRoutes.v1Prisoners(),
    summary: "Published prisoners, filtered and searched like the directory",
    request: {
      query: z.object({
        q: z
          .string()
          .max(DIRECTORY_QUERY_MAX_LENGTH)
          .optional()
          .describe("A name in any spelling or script (Latin or Cyrillic, transliterated alike)."),
        country: z.string().optional().describe("Two-letter country code (ru, kz)."),
        status: z
          .union([prisonerStatusSchema, z.literal("detained")])
          .optional()
          .describe("A PrisonerStatus, or `detained` for any deprivation of liberty."),
        charge: z.string().optional().describe("A criminal-code article's id."),
        affiliation: z.string().optional().describe("An affiliation's slug."),
        tag: z.string().optional().describe("A tag's slug."),
        year: z.int().min(1900).max(2100).optional().describe("Year of arrest."),
        sort: z.enum(DIRECTORY_SORTS).optional(),
        limit: z
          .int()
          .min(1)
          .max(API_LIST_MAX_LIMIT)
          .optional()
          .describe(
            `Items per page, 1 to ${API_LIST_MAX_LIMIT}; default ${API_LIST_DEFAULT_LIMIT}.`,
          ),
        cursor: z.string().optional().describe("The nextCursor of the previous page."),
        locale: localeParameter,
      }),
    },
    responses: {
      200: { description: "One page.", headers: cachedHeaders, content: json(prisonerListSchema) },
      400: {
        description: "A parameter is unknown, repeated or malformed.",
        content: json(errorSchema),
      },
      ...refusals,
    },
  });
  api.registerPath({
    method: "get",
    path: `${apiRoutes.v1Prisoners()}/{slug}`,
    summary: "One published profile: cases, charges, detentions, recognitions, events, sources",
    request: {
      params: z.object({ slug: z.string() }),
      query: z.object({ locale: localeParameter }),
    },
    responses: {
      200: {
        description: "The profile.",
        headers: cachedHeaders,
        content: json(prisonerProfileSchema),
      },
      400: { description: "The locale is unknown.", content: json(errorSchema) },
      404: { description: "No published profile has this slug.", content: json(errorSchema) },
      ...refusals,
    },
  });
  api.registerPath({
    method: "get",
    path: apiRoutes.v1Countries(),
    summary: "Countries with published prisoners, with their figures",
    request: { query: z.object({ locale: localeParameter }) },
    responses: {
      200: {
        description: "Every such country.",
        headers: cachedHeaders,
        content: json(countryListSchema),
      },
      400: { description: "The locale is unknown.", content: json(errorSchema) },
      ...refusals,
    },
  });
  api.registerPath({
    method: "get",
    path: apiRoutes.v1Articles(),
    summary: "Criminal-code articles published prisoners are charged under, by code",
    request: { query: z.object({ locale: localeParameter }) },
    responses: {
      200: {
        description: "Every such article.",
        headers: cachedHeaders,
        content: json(articleListSchema),
      },
      400: { description: "The locale is unknown.", content: json(errorSchema) },
      ...refusals,
    },
  });
  registerChangeFeed(api, { cachedHeaders, refusals });
  registerDatasets(api, { cachedHeaders, refusals });
  registerContentPaths(api, { cachedHeaders, refusals, localeParameter });
  return api;
}

let document: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

/** The document, made once per process (it depends on nothing but the code). */
export function openApiDocument(): ReturnType<OpenApiGeneratorV31["generateDocument"]> {
  document ??= new OpenApiGeneratorV31(registry().definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Vigil open data",
      version: "1.0.0",
      description:
        "Read-only JSON of the published profiles of political prisoners. No authentication. " +
        "Dates carry their precision (DAY, MONTH, YEAR). Localised fields say their language.",
    },
    servers: [{ url: "/" }],
  });
  return document;
}
