import { notFound } from "next/navigation";
import { AffiliationForm } from "@/components/dashboard/content/affiliation-form";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { localizedValues } from "@/components/dashboard/content/content-form-values";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { historyPath } from "@/components/dashboard/history/content-paths";
import { deleteAffiliation } from "@/lib/actions/affiliations/delete-affiliation";
import { updateAffiliation } from "@/lib/actions/affiliations/update-affiliation";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { localizedString } from "@/lib/content/localized";
import { getAffiliationForEditor } from "@/lib/data/dashboard-affiliations";
import { countrySelectOptions, listCountryOptions } from "@/lib/data/dashboard-content";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { translationStatus } from "@/lib/validation/localized";
import { parseContentListQuery } from "@/lib/validation/reference-item";

interface AffiliationPageProps {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = contentMetadata("affiliation");

/** One affiliation's editor. */
export default async function AffiliationPage({ params, searchParams }: AffiliationPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const { id } = await params;
  const [affiliation, countries] = await Promise.all([
    getAffiliationForEditor(actor, id),
    listCountryOptions(actor, locale),
  ]);
  if (!affiliation) notFound();
  const query = parseContentListQuery(await searchParams);
  return (
    <ContentClientMessages>
      <ItemHeader
        title={localizedString(affiliation.name, locale) || affiliation.slug}
        backHref="/dashboard/affiliations"
        version={affiliation.version}
        updatedAt={affiliation.updatedAt}
        translation={translationStatus([affiliation.name, affiliation.description])}
        historyHref={historyPath("affiliation", affiliation.id)}
        created={Boolean(query.created)}
        readOnly={!can(actor, "update", { type: "affiliation" })}
      />
      <AffiliationForm
        action={updateAffiliation}
        initialValues={{
          slug: affiliation.slug,
          countryCode: affiliation.countryCode ?? "",
          ...localizedValues("name", affiliation.name),
          ...localizedValues("description", affiliation.description),
        }}
        countries={countrySelectOptions(countries)}
        id={affiliation.id}
        version={affiliation.version}
      />
      <DeleteSection
        actor={actor}
        type="affiliation"
        usage={affiliation.usage}
        action={deleteAffiliation}
        id={affiliation.id}
        version={affiliation.version}
      />
    </ContentClientMessages>
  );
}
