import type { BadgeTone } from "@/components/ui/badge";
import type { PrisonerStatus } from "@/lib/generated/prisma/enums";

/**
 * The badge colour of each status, shared by the server's badge and the directory's cards (which
 * render in the browser too). Deprived of liberty reads as danger, prosecuted or restricted as
 * warning, free as success.
 */
export const PRISONER_STATUS_TONES: Record<PrisonerStatus, BadgeTone> = {
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
