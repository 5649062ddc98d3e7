import "server-only";
import {
  resolveLocalizedText,
  resolveLocalizedTextOr,
  type ResolvedText,
} from "@/lib/i18n/resolved-text";
import type { Locale } from "@/lib/i18n/routing";
import { formatEnvelopeAddress, type EnvelopeAddress } from "./envelope-address";
import type { EffectiveLetterArrival } from "./letter-arrival";
import { getLetterWritingRecord } from "./letter-writing-read";

/**
 * The "Write a letter" page of one prisoner, resolved for a locale. What it offers follows from
 * `writable`: an envelope address only for a person held now whose address the profile may show
 * and whose letters are not known to go astray.
 */
export interface LetterWritingDto {
  slug: string;
  name: ResolvedText;
  arrival: EffectiveLetterArrival;
  /** Why no address is offered; null when one is. */
  blocked: "doNotArrive" | "notHeld" | "noAddress" | null;
  facility: {
    name: ResolvedText;
    region: ResolvedText | null;
    countryCode: string;
    countryName: ResolvedText;
    addressNotes: ResolvedText | null;
  } | null;
  envelope: EnvelopeAddress | null;
  rules: { countryName: ResolvedText; text: ResolvedText } | null;
  lettersThisMonth: number;
}

export async function getLetterWritingPage(
  slug: string,
  locale: Locale,
): Promise<LetterWritingDto | null> {
  const record = await getLetterWritingRecord(slug);
  if (!record) return null;
  const name = resolveLocalizedTextOr(record.name, locale, record.slug);
  const facility = record.facility;
  const blocked =
    record.arrival.arrival === "DO_NOT_ARRIVE"
      ? "doNotArrive"
      : !record.detained || !facility
        ? "notHeld"
        : !facility.postalAddress
          ? "noAddress"
          : null;
  const countryName = facility
    ? resolveLocalizedTextOr(facility.countryName, locale, facility.countryCode)
    : null;
  const envelope =
    blocked === null && facility?.postalAddress && countryName
      ? formatEnvelopeAddress({
          facilityCountryCode: facility.countryCode,
          recipient: {
            names: (record.name ?? {}) as Partial<Record<string, string>>,
            variants: record.nameVariants,
            birthYear: record.birthYear,
          },
          postalAddress: facility.postalAddress,
          countryLine: countryName.text,
        })
      : null;
  const rulesText = resolveLocalizedText(record.letterRules, locale);
  return {
    slug: record.slug,
    name,
    arrival: record.arrival,
    blocked,
    facility:
      facility && countryName && blocked !== "doNotArrive"
        ? {
            name: resolveLocalizedTextOr(facility.name, locale, ""),
            region: resolveLocalizedText(facility.region, locale),
            countryCode: facility.countryCode,
            countryName,
            addressNotes: resolveLocalizedText(facility.addressNotes, locale),
          }
        : null,
    envelope,
    rules: rulesText
      ? {
          countryName: resolveLocalizedTextOr(record.rulesCountryName, locale, ""),
          text: rulesText,
        }
      : null,
    lettersThisMonth: record.lettersThisMonth,
  };
}
