import { notFound } from "next/navigation";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { CountryForm } from "@/components/dashboard/content/country-form";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { historyPath } from "@/components/dashboard/history/content-paths";
import { deleteCountry } from "@/lib/actions/countries/delete-country";
import { updateCountry } from "@/lib/actions/countries/update-country";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { localizedString } from "@/lib/content/localized";
import { getCountryForEditor } from "@/lib/data/dashboard-countries";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { translationStatus } from "@/lib/validation/localized";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface CountryPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("country");

/** One country's editor; the `id` segment is its code. */
export default async function CountryPage({ params, searchParams }: CountryPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const country = await getCountryForEditor(actor, decodeURIComponent(id));
  if (!country) notFound();
  const query = parseContentListQuery(await searchParams);
  return (
    <ContentClientMessages>
      <ItemHeader
        title={`${localizedString(country.name, locale) || country.code} (${country.code})`}
        backHref="/dashboard/countries"
        version={country.version}
        updatedAt={country.updatedAt}
        translation={translationStatus([country.name])}
        historyHref={historyPath("country", country.code)}
        created={Boolean(query.created)}
        readOnly={!can(actor, "update", { type: "country" })}
      />
      <CountryForm
        action={updateCountry}
        initialValues={{ slug: country.slug, ...localizedValues("name", country.name) }}
        id={country.code}
        version={country.version}
      />
      <DeleteSection
        actor={actor}
        type="country"
        usage={country.usage}
        action={deleteCountry}
        id={country.code}
        version={country.version}
      />
    </ContentClientMessages>
  );
}
