/**
 * The address on the envelope, laid out the way the post office of the facility's country reads
 * it. Pure, so that the page, the PDF and the tests share one layout.
 *
 * Russia (Russian Post's rules, Order No. 382 of the Ministry of Digital Development, 2023, and
 * the envelope's printed "Кому / Куда" lines): the recipient first (surname, given name,
 * patronymic; prisons also need the year of birth to find the person), then the institution and
 * street, the town, the district and region, and the six-digit postcode LAST, on its own line.
 * Belarus (Belpost) and Kazakhstan (Kazpost) use the same order and read Cyrillic (in Kazakhstan
 * Russian is accepted beside Kazakh); Ukraine's post (and the Russian-run post of occupied Crimea)
 * too, with a five-digit postcode in Ukraine proper. Letters from abroad add the destination
 * country as the last line, in capitals (Universal Postal Union): in the sender's language, and
 * the post office of the destination reads the rest.
 *
 * Editors write the facility's address as lines (Facility.postalAddress); people often put the
 * postcode first ("614000, г. Пермь, …"), as older forms asked. The layout moves it to the end.
 */

/** Countries whose post reads the address in Cyrillic, in the order above. */
const CYRILLIC_POST = new Set(["RU", "BY", "KZ", "UA", "KG", "TJ"]);

/** Digits of a postcode, per country; others keep the address as the editor wrote it. */
const POSTCODE_DIGITS: Record<string, number> = { RU: 6, BY: 6, KZ: 6, UA: 5, KG: 6, TJ: 6 };

export interface EnvelopeRecipient {
  /** The display names, per locale ({ en, ru }). */
  names: Partial<Record<string, string>>;
  /** Other spellings staff recorded (a Cyrillic native name, a transliteration). */
  variants: { value: string; script: "LATIN" | "CYRILLIC" | "OTHER" }[];
  /** Only when the birth year is public on the profile. */
  birthYear: number | null;
}

export interface EnvelopeAddressInput {
  facilityCountryCode: string;
  recipient: EnvelopeRecipient;
  /** The facility's postal address as the editor wrote it, one part per line (or comma-separated). */
  postalAddress: string;
  /** The destination country's name in the sender's language, for letters from abroad. */
  countryLine: string | null;
}

export interface EnvelopeAddress {
  /** "Кому": the recipient, in the script the post office needs. */
  recipient: string;
  /** "Куда": the address lines, postcode last. */
  lines: string[];
  postcode: string | null;
  /** The last line when posting from another country (upper case); null when not asked for. */
  countryLine: string | null;
  /** The script of the whole envelope: `lang` for the page and the font runs of the PDF. */
  script: "cyrillic" | "latin";
  /** The recipient's name could not be found in the script the post office needs. */
  recipientInOtherScript: boolean;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;

export function usesCyrillicPost(countryCode: string): boolean {
  return CYRILLIC_POST.has(countryCode.toUpperCase());
}

/** The recipient's name in the script of the facility's post: Cyrillic where it reads Cyrillic. */
function recipientName(recipient: EnvelopeRecipient, cyrillic: boolean) {
  const wanted = cyrillic ? CYRILLIC : LATIN;
  const candidates = [
    recipient.names[cyrillic ? "ru" : "en"],
    ...recipient.variants
      .filter((variant) => variant.script === (cyrillic ? "CYRILLIC" : "LATIN"))
      .map((variant) => variant.value),
    ...Object.values(recipient.names),
  ];
  const found = candidates.find((name): name is string => !!name && wanted.test(name));
  const fallback = candidates.find((name): name is string => !!name) ?? "";
  return { name: (found ?? fallback).trim(), inOtherScript: !found };
}

/** Splits the written address into parts: one per line, or per comma when written on one line. */
function addressParts(postalAddress: string): string[] {
  const lines = postalAddress
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const parts = lines.length === 1 ? lines[0]!.split(/,\s*/) : lines;
  return parts.map((part) => part.trim().replace(/,$/, "")).filter(Boolean);
}

/** Takes the postcode out of the parts (a part that is the postcode, or starts with it). */
function extractPostcode(parts: string[], digits: number) {
  const pattern = new RegExp(`^(?:индекс:?\\s*)?(\\d{${digits}})(?:\\b|$)[,\\s]*`, "iu");
  for (let index = 0; index < parts.length; index += 1) {
    const match = pattern.exec(parts[index]!);
    if (!match) continue;
    const rest = parts[index]!.slice(match[0].length).trim();
    const kept = [...parts.slice(0, index), ...(rest ? [rest] : []), ...parts.slice(index + 1)];
    return { postcode: match[1]!, parts: kept };
  }
  return { postcode: null, parts };
}

export function formatEnvelopeAddress(input: EnvelopeAddressInput): EnvelopeAddress {
  const country = input.facilityCountryCode.toUpperCase();
  const cyrillic = usesCyrillicPost(country);
  const { name, inOtherScript } = recipientName(input.recipient, cyrillic);
  const year = input.recipient.birthYear;
  const recipient =
    year === null ? name : cyrillic ? `${name}, ${year} г. р.` : `${name} (born ${year})`;

  const written = addressParts(input.postalAddress);
  const digits = POSTCODE_DIGITS[country];
  const { postcode, parts } = digits
    ? extractPostcode(written, digits)
    : { postcode: null, parts: written };

  return {
    recipient,
    lines: postcode ? [...parts, postcode] : parts,
    postcode,
    countryLine: input.countryLine ? input.countryLine.toLocaleUpperCase() : null,
    script: cyrillic ? "cyrillic" : "latin",
    recipientInOtherScript: inOtherScript,
  };
}
