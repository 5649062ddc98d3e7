import { checkDatabaseHealth } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkDatabaseHealth();
  const headers = { "Cache-Control": "no-store" };
  if (health.database === "up") {
    return Response.json(
      { status: "ok", database: "up", latencyMs: health.latencyMs },
      { status: 200, headers },
    );
  }
  return Response.json(
    { status: "degraded", database: "down", error: health.error },
    { status: 503, headers },
  );
}
