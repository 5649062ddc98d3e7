import type { OpenAPIRegistry, ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { apiRoutes } from "@/lib/routes";
import { API_LIST_DEFAULT_LIMIT, API_LIST_MAX_LIMIT } from "./list-params";
import {
  facilityFiltersSchema,
  letterFiltersSchema,
  publicationFiltersSchema,
} from "./list-filters";
import { errorSchema } from "./schemas/common";
import { facilityDetailSchema, facilityListSchema } from "./schemas/facility";
import { letterListSchema, letterSchema } from "./schemas/letter";
import { publicationListSchema, publicationSchema } from "./schemas/publication";

/**
 * The entries of the lists and items other than prisoners (facilities, letters, publications) in
 * the OpenAPI document; openapi-document.ts calls this with what every /api/v1 path shares.
 */
export interface SharedPathParts {
  cachedHeaders: ResponseConfig["headers"];
  refusals: Record<number, ResponseConfig>;
  localeParameter: z.ZodType;
}

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

const paging = {
  limit: z
    .int()
    .min(1)
    .max(API_LIST_MAX_LIMIT)
    .optional()
    .describe(`Items per page, 1 to ${API_LIST_MAX_LIMIT}; default ${API_LIST_DEFAULT_LIMIT}.`),
  cursor: z.string().optional().describe("The nextCursor of the previous page."),
};

interface ContentPaths {
  /** The collection's path; an item's is `{path}/{slug}`. */
  path: string;
  list: { summary: string; filters: z.ZodObject; schema: z.ZodType };
  item: { summary: string; schema: z.ZodType; notFound: string };
}

function registerContent(api: OpenAPIRegistry, shared: SharedPathParts, paths: ContentPaths) {
  const { cachedHeaders, refusals, localeParameter } = shared;
  // The filters as the caller writes them: enums as they are, the rest (whose transforms are the
  // server's business) as strings with their description.
  const filters = Object.fromEntries(
    Object.entries(paths.list.filters.shape).map(([name, schema]) => {
      const field = schema as z.ZodType;
      const isEnum = field instanceof z.ZodOptional && field.unwrap() instanceof z.ZodEnum;
      return [
        name,
        isEnum
          ? field
          : z
              .string()
              .optional()
              .describe(field.description ?? name),
      ];
    }),
  );
  api.registerPath({
    method: "get",
    path: paths.path,
    summary: paths.list.summary,
    request: { query: z.object({ ...filters, ...paging, locale: localeParameter }) },
    responses: {
      200: { description: "One page.", headers: cachedHeaders, content: json(paths.list.schema) },
      400: {
        description: "A parameter is unknown, repeated or malformed.",
        content: json(errorSchema),
      },
      ...refusals,
    },
  });
  api.registerPath({
    method: "get",
    path: `${paths.path}/{slug}`,
    summary: paths.item.summary,
    request: {
      params: z.object({ slug: z.string() }),
      query: z.object({ locale: localeParameter }),
    },
    responses: {
      200: { description: "The item.", headers: cachedHeaders, content: json(paths.item.schema) },
      400: { description: "The locale is unknown.", content: json(errorSchema) },
      404: { description: paths.item.notFound, content: json(errorSchema) },
      ...refusals,
    },
  });
}

export function registerContentPaths(api: OpenAPIRegistry, shared: SharedPathParts): void {
  registerContent(api, shared, {
    path: apiRoutes.v1Facilities(),
    list: {
      summary: "Places of detention that published profiles name, by country",
      filters: facilityFiltersSchema,
      schema: facilityListSchema,
    },
    item: {
      summary:
        "One place of detention, with the published profiles that place their holder there now",
      schema: facilityDetailSchema,
      notFound: "No published profile names a facility by this slug.",
    },
  });
  registerContent(api, shared, {
    path: apiRoutes.v1Letters(),
    list: {
      summary:
        "Open letters and petitions with their signature counts (undated first, then newest)",
      filters: letterFiltersSchema,
      schema: letterListSchema,
    },
    item: {
      summary: "One open letter or petition: text, counts, deliveries, thresholds and answers",
      schema: letterSchema,
      notFound: "No public letter has this slug.",
    },
  });
  registerContent(api, shared, {
    path: apiRoutes.v1Publications(),
    list: {
      summary: "Published news, statements and reports, newest first",
      filters: publicationFiltersSchema,
      schema: publicationListSchema,
    },
    item: {
      summary: "One published news item, statement or report",
      schema: publicationSchema,
      notFound: "No published publication has this slug.",
    },
  });
}
