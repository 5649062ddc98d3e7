import "server-only";
import { DETAINED_STATUSES } from "@/lib/content-model/prisoner-status";
import { cacheTags, cachedRead } from "@/lib/data/cache";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { prisma } from "@/lib/db";
import type { LetterArrival, PrisonerStatus } from "@/lib/generated/prisma/enums";
import { effectiveLetterArrival, type EffectiveLetterArrival } from "./letter-arrival";
import { monthStart } from "./letters-sent-month";
import { lettersSentTag } from "./letters-sent-tag";

/**
 * What the "Write a letter" page and its PDFs need of one published prisoner, read once and
 * cached: the names (in every script staff recorded), the current place of detention and its
 * postal address (only where the profile may show it), both "letters arrive" flags, the letter
 * rules of the facility's country and this month's "I sent a letter" count. Locale-independent
 * (JSON columns as stored); lib/letters-to-prisoners/letter-writing.ts resolves it for a page.
 */
export interface LetterWritingRecord {
  id: string;
  slug: string;
  name: unknown;
  nameVariants: { value: string; script: "LATIN" | "CYRILLIC" | "OTHER" }[];
  /** Only when "birthDate" is not redacted. */
  birthYear: number | null;
  status: PrisonerStatus;
  detained: boolean;
  facility: {
    name: unknown;
    region: unknown;
    countryCode: string;
    countryName: unknown;
    /** Null when the detention's address is not public or "facilityAddress" is redacted. */
    postalAddress: string | null;
    addressNotes: unknown;
  } | null;
  arrival: EffectiveLetterArrival;
  /** LocalizedText of the facility's country, else of the prosecuting state. */
  letterRules: unknown;
  rulesCountryName: unknown;
  lettersThisMonth: number;
}

const dateOnly = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

async function readLetterWritingRecord(id: string): Promise<LetterWritingRecord | null> {
  const row = await prisma.prisoner.findFirst({
    where: { ...publishedPrisonerWhere, id },
    select: {
      id: true,
      slug: true,
      name: true,
      birthYear: true,
      birthDate: true,
      status: true,
      redactedFields: true,
      lettersArrive: true,
      lettersCheckedOn: true,
      nameVariants: { select: { value: true, script: true }, orderBy: { id: "asc" } },
      country: { select: { name: true, letterRules: true } },
      detentions: {
        where: { endedOn: null },
        orderBy: [{ startedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        take: 1,
        select: {
          addressPublic: true,
          facility: {
            select: {
              name: true,
              region: true,
              countryCode: true,
              postalAddress: true,
              addressNotes: true,
              lettersArrive: true,
              lettersCheckedOn: true,
              country: { select: { name: true, letterRules: true } },
            },
          },
        },
      },
      lettersSent: { where: { month: monthStart(new Date()) }, select: { count: true } },
    },
  });
  if (!row) return null;
  const hidden = (field: string) => row.redactedFields.includes(field);
  const detention = hidden("detentions") ? undefined : row.detentions[0];
  const facility = detention?.facility ?? null;
  const addressShown = !!detention?.addressPublic && !hidden("facilityAddress");
  const birthYear = hidden("birthDate")
    ? null
    : (row.birthYear ?? (row.birthDate ? row.birthDate.getUTCFullYear() : null));
  const flag = (arrival: LetterArrival, checkedOn: Date | null) => ({
    arrival,
    checkedOn: dateOnly(checkedOn),
  });
  const rulesCountry = facility?.country.letterRules ? facility.country : row.country;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameVariants: hidden("nameVariants") ? [] : row.nameVariants,
    birthYear,
    status: row.status,
    detained: (DETAINED_STATUSES as readonly PrisonerStatus[]).includes(row.status),
    facility: facility
      ? {
          name: facility.name,
          region: facility.region,
          countryCode: facility.countryCode,
          countryName: facility.country.name,
          postalAddress: addressShown ? facility.postalAddress : null,
          addressNotes: addressShown ? facility.addressNotes : null,
        }
      : null,
    arrival: effectiveLetterArrival(
      flag(row.lettersArrive, row.lettersCheckedOn),
      facility ? flag(facility.lettersArrive, facility.lettersCheckedOn) : null,
    ),
    letterRules: rulesCountry.letterRules,
    rulesCountryName: rulesCountry.name,
    lettersThisMonth: row.lettersSent[0]?.count ?? 0,
  };
}

async function readPublishedPrisonerId(slug: string): Promise<string | null> {
  const row = await prisma.prisoner.findFirst({
    where: { ...publishedPrisonerWhere, slug },
    select: { id: true },
  });
  return row?.id ?? null;
}

const cachedPrisonerId = cachedRead("letter-writing-id", readPublishedPrisonerId, () => [
  cacheTags.prisoners,
]);

const cachedRecord = cachedRead("letter-writing-1", readLetterWritingRecord, (id) => [
  cacheTags.prisoner(id),
  cacheTags.countries,
  cacheTags.reference,
  lettersSentTag(id),
]);

/** The record of a published prisoner by slug; null for an unknown or unpublished one. */
export async function getLetterWritingRecord(slug: string): Promise<LetterWritingRecord | null> {
  const id = await cachedPrisonerId(slug);
  return id ? cachedRecord(id) : null;
}
