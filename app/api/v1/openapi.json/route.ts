import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { openApiDocument } from "@/lib/api/openapi-document";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document of /api/v1 (lib/api/openapi-document.ts). */
export const GET = apiRoute(async (request) => apiJson(request, openApiDocument()));

export const OPTIONS = apiPreflight;
