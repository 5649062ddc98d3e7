import { getFileStorage } from "@/lib/storage";
import { serveMediaFile } from "@/lib/storage/media-response";

/** A file of a published publication (a report's PDF, a cover image); 404 for anything else. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; filename: string }> },
) {
  const { id } = await params;
  return serveMediaFile(id, getFileStorage(), request.headers.get("if-none-match"));
}
