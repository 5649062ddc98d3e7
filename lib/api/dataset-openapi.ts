import type { OpenAPIRegistry, ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { apiRoutes } from "@/lib/routes";
import { errorSchema } from "./schemas/common";
import { datasetListSchema } from "./schemas/dataset";

/**
 * The datasets' entries in the OpenAPI document (openapi-document.ts calls this with the headers
 * and refusals every /api/v1 path shares): the list, and one file of one day.
 */
export function registerDatasets(
  api: OpenAPIRegistry,
  shared: { cachedHeaders: ResponseConfig["headers"]; refusals: Record<number, ResponseConfig> },
): void {
  api.registerPath({
    method: "get",
    path: apiRoutes.v1Datasets(),
    summary: "Daily snapshots of every published prisoner, case, charge and event (newest 30)",
    description:
      "Each day's files: CSV tables and JSON Lines (one PrisonerProfile per line, per locale), " +
      "gzip-compressed, a data dictionary and SHA256SUMS.",
    responses: {
      200: {
        description: "The snapshots kept, newest first.",
        headers: shared.cachedHeaders,
        content: { "application/json": { schema: datasetListSchema } },
      },
      ...shared.refusals,
    },
  });
  api.registerPath({
    method: "get",
    path: `${apiRoutes.v1Datasets()}/{date}/{name}`,
    summary: "One file of a day's snapshot, as a download",
    request: {
      params: z.object({
        date: z.string().describe("The snapshot's day, YYYY-MM-DD."),
        name: z.string().describe("A file name the list gives."),
      }),
    },
    responses: {
      200: {
        description:
          "The file (Content-Disposition: attachment, with the name SHA256SUMS lists). Never " +
          "changes: the ETag is its SHA-256, cached a year by browsers.",
        headers: {
          ETag: { description: "The file's hex SHA-256, quoted.", schema: { type: "string" } },
          "Content-Length": { description: "Size in bytes.", schema: { type: "integer" } },
        },
        content: {
          "application/gzip": { schema: { type: "string", contentMediaType: "application/gzip" } },
          "text/plain": { schema: { type: "string" } },
          "text/markdown": { schema: { type: "string" } },
        },
      },
      404: {
        description: "No kept snapshot has this day, or it has no such file.",
        content: { "application/json": { schema: errorSchema } },
      },
      ...shared.refusals,
    },
  });
}
