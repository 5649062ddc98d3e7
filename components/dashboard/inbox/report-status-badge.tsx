import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ReportStatus } from "@/lib/validation/inbox";

const tones: Record<ReportStatus, BadgeTone> = {
  OPEN: "warning",
  ASSIGNED: "info",
  RESOLVED: "success",
  DISMISSED: "neutral",
};

/** A report's status as a badge; the word carries the meaning, the colour repeats it. */
export async function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const t = await getTranslations("Inbox.status");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
