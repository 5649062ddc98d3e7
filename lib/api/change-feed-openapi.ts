import type { OpenAPIRegistry, ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { apiRoutes } from "@/lib/routes";
import { CHANGE_FEED_RETENTION_DAYS } from "./change-cursor";
import { CHANGE_FEED_DEFAULT_LIMIT, CHANGE_FEED_MAX_LIMIT } from "./change-feed-query";
import { publicChangePageSchema } from "./schemas/changes";
import { errorSchema } from "./schemas/common";

/**
 * The change feed's entry in the OpenAPI document (openapi-document.ts calls this with the
 * headers and refusals every /api/v1 path shares, so that they are written once).
 */
export function registerChangeFeed(
  api: OpenAPIRegistry,
  shared: { cachedHeaders: ResponseConfig["headers"]; refusals: Record<number, ResponseConfig> },
): void {
  const json = (schema: z.ZodType) => ({ "application/json": { schema } });
  api.registerPath({
    method: "get",
    path: apiRoutes.v1Changes(),
    summary: "What was published, changed or removed, oldest first: to keep a mirror in sync",
    description:
      "Read from the start (no `since`), then pass each answer's `nextCursor` as `since`. " +
      "Entries carry ids and types, never content: fetch a published or changed item from its " +
      "endpoint, drop a removed one. An entry is never handed out after one that follows it. " +
      `Entries are kept ${CHANGE_FEED_RETENTION_DAYS} days: a client that falls further behind ` +
      "gets 410 and starts over from a dataset.",
    request: {
      query: z.object({
        since: z.string().optional().describe("The nextCursor of the previous answer."),
        limit: z
          .int()
          .min(1)
          .max(CHANGE_FEED_MAX_LIMIT)
          .optional()
          .describe(
            `Entries per page, 1 to ${CHANGE_FEED_MAX_LIMIT}; default ${CHANGE_FEED_DEFAULT_LIMIT}.`,
          ),
      }),
    },
    responses: {
      200: {
        description: "Up to `limit` entries after `since`.",
        headers: shared.cachedHeaders,
        content: json(publicChangePageSchema),
      },
      400: {
        description: "A parameter is unknown, repeated or malformed.",
        content: json(errorSchema),
      },
      410: {
        description: `The cursor is older than ${CHANGE_FEED_RETENTION_DAYS} days: start over from a dataset.`,
        content: json(errorSchema),
      },
      ...shared.refusals,
    },
  });
}
