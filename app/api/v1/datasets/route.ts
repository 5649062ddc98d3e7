import { apiJson } from "@/lib/api/api-answer";
import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { listDatasets } from "@/lib/datasets/dataset-list";

export const dynamic = "force-dynamic";

/** GET /api/v1/datasets: the daily dataset snapshots kept, newest first (lib/datasets). */
export const GET = apiRoute(async (request) => apiJson(request, { items: await listDatasets() }));

export const OPTIONS = apiPreflight;
