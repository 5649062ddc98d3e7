import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { PublicationState } from "@/lib/generated/prisma/client";
import { resolveLocalizedText } from "@/lib/i18n/resolved-text";
import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";

/** The prisoner page's sponsor section, for staff (never cached). */

export interface DashboardSponsorDto {
  id: string;
  name: string;
  office: string | null;
  since: string;
  state: PublicationState;
  /** Shown to those who may manage sponsors only. */
  alertEmail: string | null;
  /** The language of its alerts (shown with the address). */
  alertLocale: Locale;
}

export interface SponsorChoiceDto {
  id: string;
  name: string;
  office: string | null;
  letterTitle: string;
}

export interface DashboardSponsorsDto {
  sponsors: DashboardSponsorDto[];
  /** Verified signatories that are not sponsors of this prisoner yet (editors only). */
  choices: SponsorChoiceDto[];
}

/** The longest list of choices a select offers; verified signatories are a few hundred at most. */
const CHOICE_LIMIT = 500;

export async function getDashboardSponsors(
  actor: Actor,
  prisonerId: string,
  locale: Locale,
): Promise<DashboardSponsorsDto> {
  authorize(actor, "view", { type: "prisonerSponsor" });
  const mayManage = actor.role !== "CONTRIBUTOR";
  const rows = await prisma.prisonerSponsor.findMany({
    where: { prisonerId },
    orderBy: [{ since: "asc" }, { id: "asc" }],
    select: {
      id: true,
      since: true,
      state: true,
      alertEmail: true,
      alertLocale: true,
      signatory: { select: { name: true, office: true } },
    },
  });
  const sponsors = rows.map((row) => ({
    id: row.id,
    name: row.signatory.name,
    office: resolveLocalizedText(row.signatory.office, locale)?.text ?? null,
    since: row.since.toISOString().slice(0, 10),
    state: row.state,
    alertEmail: mayManage ? row.alertEmail : null,
    alertLocale: knownLocaleOr(row.alertLocale),
  }));
  if (!mayManage) return { sponsors, choices: [] };
  const signatories = await prisma.notableSignatory.findMany({
    where: { verifiedAt: { not: null }, sponsorships: { none: { prisonerId } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: CHOICE_LIMIT,
    select: { id: true, name: true, office: true, letter: { select: { title: true } } },
  });
  return {
    sponsors,
    choices: signatories.map((signatory) => ({
      id: signatory.id,
      name: signatory.name,
      office: resolveLocalizedText(signatory.office, locale)?.text ?? null,
      letterTitle: resolveLocalizedText(signatory.letter.title, locale)?.text ?? "",
    })),
  };
}
