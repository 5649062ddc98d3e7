import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PrisonerListItemDto } from "@/lib/data/prisoners";

type PrisonerStatus = PrisonerListItemDto["status"];

// Deprived of liberty reads as danger, prosecuted or restricted as warning, free as success.
const tones: Record<PrisonerStatus, BadgeTone> = {
  PRETRIAL_DETENTION: "danger",
  HOUSE_ARREST: "danger",
  IMPRISONED: "danger",
  UNDER_INVESTIGATION: "warning",
  NON_CUSTODIAL_SENTENCE: "warning",
  FACING_EXTRADITION: "warning",
  RELEASED_ON_PAROLE: "warning",
  IN_EXILE: "info",
  RELEASED: "success",
  DECEASED: "neutral",
};

export async function PrisonerStatusBadge({ status }: { status: PrisonerStatus }) {
  const t = await getTranslations("PrisonerStatus");
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
