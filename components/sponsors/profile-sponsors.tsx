import { getLocale, getTranslations } from "next-intl/server";
import { richDateValues } from "@/components/ui/date-text";
import { Localized } from "@/components/ui/localized";
import type { PublicSponsorDto } from "@/lib/sponsors/public-sponsors";

/**
 * "Sponsored by: Jane Doe, Member of the European Parliament (Germany), since 12 March 2025" on
 * the public profile: published sponsorships of verified signatories only (lib/sponsors).
 */
export async function ProfileSponsors({ sponsors }: { sponsors: PublicSponsorDto[] }) {
  if (sponsors.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("Sponsors"), getLocale()]);
  const regionNames = new Intl.DisplayNames([locale], { type: "region" });
  const since = await Promise.all(
    sponsors.map(async (sponsor) => t.rich("since", await richDateValues(sponsor.since))),
  );
  return (
    <section aria-labelledby="profile-sponsors-heading" className="flex flex-col gap-2">
      <h2 id="profile-sponsors-heading" className="text-2xl profile-heading">
        {t("sponsoredBy")}
      </h2>
      <ul className="flex flex-col gap-2">
        {sponsors.map((sponsor, index) => (
          <li key={`${sponsor.name}-${sponsor.since.iso}`}>
            <span className="font-semibold">{sponsor.name}</span>
            {sponsor.office ? (
              <>
                , <Localized value={sponsor.office} />
              </>
            ) : null}
            {sponsor.countryCode
              ? ` (${regionNames.of(sponsor.countryCode) ?? sponsor.countryCode})`
              : null}
            <span className="profile-muted">, {since[index]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
