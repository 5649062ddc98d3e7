import { apiPreflight, apiRoute } from "@/lib/api/api-route";
import { serveDatasetFile } from "@/lib/datasets/dataset-download";

export const dynamic = "force-dynamic";

/** GET /api/v1/datasets/{date}/{name}: one file of a day's snapshot (lib/datasets). */
export const GET = apiRoute(
  async (request, _call, { params }: { params: Promise<{ date: string; name: string }> }) => {
    const { date, name } = await params;
    return serveDatasetFile(request, date, name);
  },
);

export const OPTIONS = apiPreflight;
