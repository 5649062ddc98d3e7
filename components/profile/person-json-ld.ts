import type { PrisonerProfileDto } from "@/lib/data/prisoner-profile";

/**
 * schema.org `Person` data for search engines, built only from the public DTO, in which redacted
 * fields are already absent: what the page does not show, the JSON-LD cannot say either.
 */
export interface PersonJsonLd {
  "@context": "https://schema.org";
  "@type": "Person";
  name: string;
  url: string;
  alternateName?: string[];
  description?: string;
  nationality?: { "@type": "Country"; name: string }[];
  image?: string;
}

export function buildPersonJsonLd(
  profile: PrisonerProfileDto,
  options: { url: string; locale: string; imageUrl?: string },
): PersonJsonLd {
  const alternateNames = [
    ...new Set(profile.nameVariants.map((variant) => variant.value).filter(Boolean)),
  ].filter((value) => value !== profile.name.text);
  const regionNames = new Intl.DisplayNames([options.locale], { type: "region" });
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name: profile.name.text,
    url: options.url,
    ...(alternateNames.length > 0 ? { alternateName: alternateNames } : {}),
    ...(profile.summary ? { description: profile.summary.text } : {}),
    ...(profile.citizenships.length > 0
      ? {
          nationality: profile.citizenships.map((code) => ({
            "@type": "Country" as const,
            name: regionNames.of(code) ?? code,
          })),
        }
      : {}),
    ...(profile.photo && options.imageUrl ? { image: options.imageUrl } : {}),
  };
}

/**
 * The JSON for a <script type="application/ld+json">, with "<" escaped so that no value (a
 * summary containing "</script>") can close the element early.
 */
export function serializeJsonLd(data: PersonJsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
