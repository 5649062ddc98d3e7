import { getTranslations } from "next-intl/server";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { contentMetadata } from "@/components/dashboard/content/content-metadata";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { OrganisationForm } from "@/components/dashboard/content/organisation-form";
import { createOrganisation } from "@/lib/actions/organisations/create-organisation";
import { authorize, requireActor } from "@/lib/auth/session";
import { getPageLocale } from "@/lib/i18n/page-locale";

export const generateMetadata = contentMetadata("organisation");

/** A new recognising organisation. */
export default async function NewOrganisationPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  authorize(actor, "create", { type: "organisation" });
  const t = await getTranslations("ContentEditor");
  return (
    <ContentClientMessages>
      <ItemHeader title={t("organisation.new")} backHref="/dashboard/organisations" />
      <OrganisationForm action={createOrganisation} initialValues={{ kind: "NGO" }} />
    </ContentClientMessages>
  );
}
