import { getTranslations } from "next-intl/server";
import { PRISONER_STATUS_TONES } from "@/components/prisoner/prisoner-status-tones";
import { Badge } from "@/components/ui/badge";
import type { PrisonerListItemDto } from "@/lib/data/prisoners";

type PrisonerStatus = PrisonerListItemDto["status"];

export async function PrisonerStatusBadge({ status }: { status: PrisonerStatus }) {
  const t = await getTranslations("PrisonerStatus");
  return <Badge tone={PRISONER_STATUS_TONES[status]}>{t(status)}</Badge>;
}
